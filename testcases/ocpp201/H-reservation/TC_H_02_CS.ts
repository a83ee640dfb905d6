import { defineTestCase } from '../../kit.js';
import { idTokenOf } from '../_shared/id-token.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { configuredEvse, memoryReserved, reservationCase, secondToken } from './steps.cs.js';

export const TC_H_02_CS = defineTestCase({
  id: 'TC_H_02_CS',
  title: 'Reserve a specific EVSE - Accepted - Different idToken',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['H01', 'H03', 'H03.FR.01', 'F01.FR.22'],
  catches: ['reservation-any-token'],
  async run(ctx) {
    const { sut, expect } = ctx;
    await reservationCase(ctx, async (made) => {
      // Before: <Configured evseId> is Reserved for <Configured valid_idtoken1>; EVConnectedPreSession.
      const reservationId = await memoryReserved(ctx, made);
      await evConnectedPreSession(ctx);
      // Main B (the OCTT's choice here). 1. RequestStartTransactionRequest with <Configured valid_idtoken2> for <Configured evseId>.
      const res = await sut.call('RequestStartTransaction', { idToken: idTokenOf(secondToken(ctx)), evseId: configuredEvse(ctx).evseId, remoteStartId: Math.floor(Math.random() * 1e6) });
      // 2. RequestStartTransactionResponse: status must be Rejected (the EVSE is reserved for another idToken).
      expect(res.status, 'F01.FR.22 / H03.FR.01: RequestStartTransactionResponse status').to.equal('Rejected');
      // Not graded: the reservation is cancelled now, with the EV still in (no connector change to wait for).
      await sut.callRaw('CancelReservation', { reservationId });
      made.splice(made.indexOf(reservationId), 1);
    });
  },
});

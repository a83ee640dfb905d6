import { defineTestCase } from '../../kit.js';
import { idTokenOf } from '../_shared/id-token.js';
import { authorized, energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { configuredEvse, expiresIn, memoryReserved, reservationCase, secondToken } from './steps.cs.js';

export const TC_H_23_CS = defineTestCase({
  id: 'TC_H_23_CS',
  title: 'Reserve a specific EVSE - Replace reservation',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['H01', 'H01.FR.02'],
  catches: ['reserve-replace-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    await reservationCase(ctx, async (made) => {
      // Memory State: a reservation is valid on <Configured evseId> with <Configured valid_idtoken>.
      const reservationId = await memoryReserved(ctx, made);
      // 1. ReserveNowRequest with the same id (<Configured reservationId>), <Configured evseId>, <Configured valid_idtoken2>.
      const res = await sut.call('ReserveNow', { id: reservationId, evseId: configuredEvse(ctx).evseId, expiryDateTime: expiresIn(600_000), idToken: idTokenOf(secondToken(ctx)) });
      // 2. ReserveNowResponse: status must be Accepted.
      expect(res.status, 'H01.FR.02: ReserveNowResponse status').to.equal('Accepted');
      // 3. Reusable State Authorized with <Configured valid idToken2 fields>; 4. EnergyTransferStarted: the replacing
      // reservation is the one in force (H01.FR.02), so idToken2 charges on the EVSE.
      await authorized(ctx, { token: secondToken(ctx) });
      await energyTransferStarted(ctx);
      made.splice(made.indexOf(reservationId), 1);
    });
  },
});

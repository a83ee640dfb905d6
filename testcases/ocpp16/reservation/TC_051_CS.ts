/** OCTT 1.6 §2.20.3, Table 72: Cancel Reservation. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, idTokenFor } from '../../kit.js';
import { connectorOf, expectStatus } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';
import { cancelReservation, reserved } from './steps.cs.js';

export const TC_051_CS = defineTestCase({
  id: 'TC_051_CS',
  title: 'Cancel Reservation',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.1', '5.13', '4.9', '4.8'],
  catches: ['cancel-16-keeps-reserved'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const connector = connectorOf(ctx);
    // Before: Reusable State Reserved with <Configured Valid IdTag>.
    const reservation = await reserved(ctx);
    let cancelled = false;
    try {
      // 1. CancelReservation.req with the reservationId of the Reserved state. 2. CancelReservation.conf Accepted.
      // 3. StatusNotification.req Available for the reserved connector.
      const available = expectStatus(ctx, 'Available', { connectorId: connector, requirement: '5.1' });
      available.catch(() => undefined);
      const conf = await sut.call('CancelReservation', { reservationId: reservation.reservationId }, { requirement: '5.1' });
      cancelled = conf.status === 'Accepted';
      expect(conf.status, '5.1: step 2 CancelReservation.conf status').to.equal('Accepted');
      await available;
    } finally {
      if (!cancelled) await cancelReservation(ctx, reservation.reservationId);
    }
    // 5. Charging with <Configured Valid IdTag 2>: the StartTransaction.req has no reservationId.
    const started = await energyTransferStarted(ctx, { idTag: idTokenFor(ctx, 'valid2').idToken });
    expect(started.call.payload.reservationId, '5.13: step 5 StartTransaction.req reservationId (omitted: the reservation was cancelled)').to.equal(undefined);
  },
});

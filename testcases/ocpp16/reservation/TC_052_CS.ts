/** OCTT 1.6 §2.20.3, Table 73: Cancel Reservation - Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { cancelReservation, newReservationId, reserved } from './steps.cs.js';

export const TC_052_CS = defineTestCase({
  id: 'TC_052_CS',
  title: 'Cancel Reservation - Rejected',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.1'],
  catches: ['cancel-16-unknown-accepted'],
  async run(ctx) {
    // Before: Reusable State Reserved.
    const reservation = await reserved(ctx);
    try {
      // 1. CancelReservation.req with a reservationId that does NOT match the Reserved state's. 2. CancelReservation.conf Rejected.
      let unknown = newReservationId();
      if (unknown === reservation.reservationId) unknown = newReservationId();
      const conf = await ctx.sut.call('CancelReservation', { reservationId: unknown }, { requirement: '5.1' });
      ctx.expect(conf.status, `5.1: step 2 CancelReservation.conf status (unknown reservationId ${unknown})`).to.equal('Rejected');
    } finally {
      await cancelReservation(ctx, reservation.reservationId);
    }
  },
});

/** OCTT 1.6 §3.17.3, Table 169: Cancel Reservation - Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { cancelSent, reportReserved, reserveNowSent } from './steps.csms.js';

export const TC_052_CSMS = defineTestCase({
  id: 'TC_052_CSMS',
  title: 'Cancel Reservation - Rejected',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['5.1', '5.13', '4.9'],
  catches: ['cancel-16-last-reservation'],
  async run(ctx) {
    const { expect } = ctx;
    // Manual Action: reserve a connector. 1. ReserveNow.req. 2. Accepted. 3-4. StatusNotification.req Reserved.
    const reservation = await reserveNowSent(ctx, 'Accepted', { checkIdTag: false });
    await reportReserved(ctx);
    // Manual Action: cancel the reservation. 5. CancelReservation.req with an unknown reservationId. 6. Rejected.
    const unknown = reservation.reservationId + 1000;
    const sent = await cancelSent(ctx, unknown, 'Rejected');
    expect(sent, `5.1: step 5 CancelReservation.req reservationId does NOT match step 1's (${reservation.reservationId})`).to.not.equal(reservation.reservationId);
  },
});

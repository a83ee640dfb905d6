/** OCTT 1.6 §3.17.3, Table 168: Cancel Reservation. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId, statusNotification } from '../_shared/states.csms.js';
import { cancelSent, reportReserved, reserveNowSent } from './steps.csms.js';

export const TC_051_CSMS = defineTestCase({
  id: 'TC_051_CSMS',
  title: 'Cancel Reservation',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['5.1', '5.13', '4.9'],
  catches: ['reserve-16-any-connector', 'cancel-16-wrong-reservation'],
  async run(ctx) {
    const { expect } = ctx;
    // 1. ReserveNow.req with a reservationId, a connectorId (not 0), an idTag and an expiryDate. 2. Accepted. 3-4. Reserved.
    const reservation = await reserveNowSent(ctx, 'Accepted', { checkIdTag: false });
    expect(reservation.connectorId, '5.13: step 1 ReserveNow.req connectorId is not 0').to.not.equal(0);
    await reportReserved(ctx);
    // 5. CancelReservation.req with the reservationId of step 1. 6. Accepted. 7-8. StatusNotification.req Available.
    const sent = await cancelSent(ctx, reservation.reservationId, 'Accepted');
    expect(sent, '5.1: step 5 CancelReservation.req reservationId (that of step 1)').to.equal(reservation.reservationId);
    await statusNotification(ctx, connectorId(ctx), 'Available');
  },
});

/** OCTT 1.6 §3.17.2, Table 167: Reservation of a Charge Point - Transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { reportReserved, reserveNowSent } from './steps.csms.js';

export const TC_049_CSMS = defineTestCase({
  id: 'TC_049_CSMS',
  title: 'Reservation of a Charge Point - Transaction',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.9'],
  catches: ['reserve-16-specific-connector'],
  async run(ctx) {
    // 1. ReserveNow.req with a reservationId, connectorId 0 and an idTag. 2. The Charge Point answers Accepted.
    await reserveNowSent(ctx, 'Accepted', { connectorId: 0, checkIdTag: false });
    // 3-4. StatusNotification.req Reserved (the connector the Charge Point holds for the reservation).
    await reportReserved(ctx);
  },
});

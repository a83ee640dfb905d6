import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { backToAvailable, reportEvse, reserved } from './steps.csms.js';

export const TC_H_17_CSMS = defineTestCase({
  id: 'TC_H_17_CSMS',
  title: 'Cancel reservation of an EVSE - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['H02', 'H01'],
  catches: ['reserve-adds-connector-type', 'cancel-wrong-reservation'],
  async run(ctx) {
    try {
      // Manual Action; 1-4. ReserveNowRequest for the configured EVSE (validated as in Reserved), Accepted; connectors Reserved.
      const reservation = await reserved(ctx);
      // Manual Action: trigger the CSMS to cancel the reservation of step 1. 5-6. CancelReservationRequest, answered Accepted.
      const cancel = await csmsRequest(ctx, 'CancelReservation', () => ({ status: 'Accepted' as const }));
      ctx.expect(cancel.payload.reservationId, 'step 5: CancelReservationRequest reservationId (the id of step 1)').to.equal(reservation.id);
      // 7-8. The connectors report Available.
      await reportEvse(ctx, 'Available');
    } finally {
      await backToAvailable(ctx);
    }
  },
});

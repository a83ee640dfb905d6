import { defineTestCase } from '../../kit.js';
import { backToAvailable, reportEvse, reservationStatusUpdate, reserved } from './steps.csms.js';

export const TC_H_20_CSMS = defineTestCase({
  id: 'TC_H_20_CSMS',
  title: 'Charging Station cancels reservation when Faulted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['H01', 'H01.FR.16'],
  catches: ['reserve-adds-connector-type', 'reservation-status-update-unhandled'],
  async run(ctx) {
    try {
      // Manual Action; 1-4. ReserveNowRequest for the configured EVSE (validated), Accepted; connectors Reserved.
      const reservation = await reserved(ctx);
      // 5-6. The connectors report Faulted.
      await reportEvse(ctx, 'Faulted');
      // 7-8. ReservationStatusUpdateRequest Removed for the id of step 1: the CSMS answers.
      await reservationStatusUpdate(ctx, reservation.id, 'Removed');
    } finally {
      await backToAvailable(ctx);
    }
  },
});

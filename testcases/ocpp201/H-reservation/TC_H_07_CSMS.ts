import { defineTestCase } from '../../kit.js';
import { configuredMs } from '../_shared/charging-session.csms.js';
import { backToAvailable, reportEvse, reservationStatusUpdate, reserved } from './steps.csms.js';

export const TC_H_07_CSMS = defineTestCase({
  id: 'TC_H_07_CSMS',
  title: 'Reserve a specific EVSE - Reservation Ended / not used',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['H01', 'H04', 'H04.FR.02'],
  catches: ['reserve-adds-connector-type', 'reservation-status-update-unhandled'],
  async run(ctx) {
    const durationMs = configuredMs(ctx, 'transactionDurationMs');
    try {
      // Manual Action; 1-4. ReserveNowRequest with expiryDateTime now + <configured transaction duration> (validated), Accepted; Reserved.
      const reservation = await reserved(ctx, { expiryDateTime: new Date(Date.now() + durationMs).toISOString() });
      // The OCTT waits until the expiryDateTime of step 1 (at most the configured duration and the time deviation from now).
      const untilExpiry = Math.min(Date.parse(String(reservation.expiryDateTime)) - Date.now(), durationMs + ctx.ics.timeouts.maxTimeDeviationMs);
      if (untilExpiry > 0) await ctx.specifiedWait(untilExpiry, 'until the expiryDateTime of step 1');
      // 5-6. The connectors report Available.
      await reportEvse(ctx, 'Available');
      // 7-8. ReservationStatusUpdateRequest Expired for the id of step 1: the CSMS answers.
      await reservationStatusUpdate(ctx, reservation.id, 'Expired');
    } finally {
      await backToAvailable(ctx);
    }
  },
});

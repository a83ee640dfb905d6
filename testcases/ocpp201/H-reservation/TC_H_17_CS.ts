import { defineTestCase } from '../../kit.js';
import { evseConnectorsReport, memoryReserved, reservationCase } from './steps.cs.js';

// Errata 2025-09 6.2.62 applied: step 3 expects the Available report (StatusNotificationRequest or NotifyEventRequest) for each
// connector of the configured EVSE.
export const TC_H_17_CS = defineTestCase({
  id: 'TC_H_17_CS',
  title: 'Cancel reservation of an EVSE - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['H02', 'H02.FR.02'],
  catches: ['cancel-keeps-reserved'],
  async run(ctx) {
    await reservationCase(ctx, async (made) => {
      // Memory State: <Configured evseId> is Reserved.
      const reservationId = await memoryReserved(ctx, made);
      // 3-4. armed first: every connector of the configured EVSE reports Available (StatusNotification or NotifyEvent AvailabilityState).
      const available = evseConnectorsReport(ctx, 'Available', 'H02.FR.02');
      // 1-2. CancelReservationRequest with the generated reservationId: Accepted.
      const res = await ctx.sut.call('CancelReservation', { reservationId });
      ctx.expect(res.status, 'H02.FR.02: CancelReservationResponse status').to.equal('Accepted');
      await available;
      made.splice(made.indexOf(reservationId), 1);
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { reserveConfiguredEvse } from './steps.cs.js';

export const TC_H_22_CS = defineTestCase({
  id: 'TC_H_22_CS',
  title: 'Reserve a specific EVSE - Configured to Reject',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Reservation', condition: 'R-3' }],
  covers: ['H01', 'H01.FR.01'],
  catches: ['reservation-disabled-accepted'],
  async run(ctx) {
    const made: number[] = [];
    // Before: ReservationCtrlr.ReservationEnabled is false (if implemented); put back after the case.
    await transactionCase(ctx, { configuration: [{ component: 'ReservationCtrlr', variable: 'Enabled', value: 'false', optional: true }] }, async () => {
      try {
        // 1-2. ReserveNowRequest for <Configured evseId>: Rejected.
        const res = await reserveConfiguredEvse(ctx, made);
        ctx.expect(res.status, 'H01.FR.01: ReserveNowResponse status').to.equal('Rejected');
      } finally {
        // A station that wrongly accepted holds a reservation: cancelled, not graded.
        for (const reservationId of made) if (ctx.sut.isConnected()) await ctx.sut.callRaw('CancelReservation', { reservationId }).catch(() => undefined);
      }
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { later } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { configuredConnectorReports, memoryReserved, reservationCase, secondToken } from './steps.cs.js';

export const TC_H_07_CS = defineTestCase({
  id: 'TC_H_07_CS',
  title: 'Reserve a specific EVSE - Reservation Ended / not used',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['H01', 'H04', 'H04.FR.01', 'H04.FR.02', 'H04.FR.03'],
  catches: ['reservation-expiry-silent'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const expiryMs = configured(ctx, 'reservationExpiryMs');
    await reservationCase(ctx, async (made) => {
      // Memory State: <Configured evseId> is Reserved, expiring after <reservationExpiryMs> (Part 6: 60 s).
      const reservationId = await memoryReserved(ctx, made, { expiresInMs: expiryMs });
      // The waits run from now until the expiry plus the message timeout.
      const timeoutMs = expiryMs + ics.timeouts.messageMs + ics.timeouts.maxTimeDeviationMs;
      const update = later(sut.expectCall('ReservationStatusUpdate', { requirement: 'H04.FR.02', timeoutMs }));
      // 1-2. At expiryDateTime the configured connector reports Available (H04.FR.01).
      await configuredConnectorReports(ctx, 'Available', 'H04.FR.01', timeoutMs);
      // 3-4. ReservationStatusUpdateRequest (answered): the generated reservationId, Expired.
      const call = await update;
      call.respond({});
      expect(call.payload.reservationId, 'H04.FR.02: ReservationStatusUpdateRequest reservationId').to.equal(reservationId);
      expect(call.payload.reservationUpdateStatus, 'H04.FR.02: ReservationStatusUpdateRequest reservationUpdateStatus').to.equal('Expired');
      made.splice(made.indexOf(reservationId), 1);
      // 5. Reusable State Authorized with <Configured valid idtoken fields2>; 6. EnergyTransferStarted (H04.FR.03: the EVSE is free again).
      await authorized(ctx, { token: secondToken(ctx) });
      await energyTransferStarted(ctx);
    });
  },
});


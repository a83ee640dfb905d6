import { defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { bootAccepted, reserved } from '../_shared/states.cs.js';
import { configuredConnector } from './steps.cs.js';

export const TC_B_24_CS = defineTestCase({
  id: 'TC_B_24_CS',
  title: 'Reset Charging Station - Reserved persists reset',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['B11', 'B11.FR.01', 'B11.FR.03', 'B11.FR.04', 'B11.FR.05', 'B01.FR.03'],
  catches: ['reservation-not-persistent'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const { evseId } = configuredConnector(ctx);
    // The EVSE's connectors are Reserved, the other connectors Available.
    const statusOf = (e: number) => (e === evseId ? 'Reserved' : 'Available');
    // Memory State: Reserved for the configured connector (its EVSE).
    const reservationId = await reserved(ctx, { evseId });
    try {
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B11.FR.03' });
      // 1-2. ResetRequest Immediate (errata 2025-09 6.2.16: a pending reservation is not idle): Accepted.
      const res = await sut.call('Reset', { type: 'Immediate' });
      expect(res.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
      // 3-4. BootNotificationRequest reason RemoteReset, Accepted; 5-6. the configured connector Reserved, the others Available.
      await bootAccepted(ctx, boot, { expectedReason: 'RemoteReset', reasonRequirement: 'B11.FR.04', connectorStatus: statusOf, statusRequirement: 'B11.FR.05', securityEvent: false });
    } finally {
      // Cancel the reservation for the cases that follow.
      if (sut.isConnected()) {
        const available = later(sut.expectCall('StatusNotification', { describe: '(reservation cancelled)', filter: (p) => p.evseId === evseId && p.connectorStatus === 'Available' }));
        const cancel = await sut.callRaw('CancelReservation', { reservationId });
        if (cancel.kind === 'result' && cancel.payload.status === 'Accepted') await available.catch(() => undefined);
      }
    }
  },
});

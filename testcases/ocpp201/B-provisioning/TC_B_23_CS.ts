import { defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { configuredConnector } from './steps.cs.js';

export const TC_B_23_CS = defineTestCase({
  id: 'TC_B_23_CS',
  title: 'Reset Charging Station - Unavailable persists reset',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B11', 'B11.FR.01', 'B11.FR.02', 'B11.FR.03', 'B11.FR.04', 'B01.FR.03'],
  catches: ['availability-not-persistent'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const { evseId, connectorId } = configuredConnector(ctx);
    const statusOf = (e: number, c: number) => (e === evseId && c === connectorId ? 'Unavailable' : 'Available');
    // Memory State: Unavailable for the configured connector.
    const unavailable = sut.expectCall('StatusNotification', { describe: '(memory state Unavailable)', filter: (p) => p.evseId === evseId && p.connectorId === connectorId });
    const change = await sut.call('ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: evseId, connectorId } });
    expect(change.status, 'memory state Unavailable: ChangeAvailabilityResponse status').to.equal('Accepted');
    expect((await unavailable).payload.connectorStatus, 'memory state Unavailable: connectorStatus').to.equal('Unavailable');
    try {
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B11.FR.03' });
      // 1-2. ResetRequest OnIdle: Accepted.
      const res = await sut.call('Reset', { type: 'OnIdle' });
      expect(res.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
      // 3-4. BootNotificationRequest reason RemoteReset, Accepted; 5-6. the configured connector Unavailable, the others Available.
      await bootAccepted(ctx, boot, { expectedReason: 'RemoteReset', reasonRequirement: 'B11.FR.04', connectorStatus: statusOf, statusRequirement: 'B11.FR.02', securityEvent: false });
    } finally {
      // Back to Operative for the cases that follow.
      if (sut.isConnected()) {
        const available = later(sut.expectCall('StatusNotification', { describe: '(back to Available)', filter: (p) => p.evseId === evseId && p.connectorStatus === 'Available' }));
        await sut.callRaw('ChangeAvailability', { operationalStatus: 'Operative', evse: { id: evseId, connectorId } });
        await available.catch(() => undefined);
      }
    }
  },
});

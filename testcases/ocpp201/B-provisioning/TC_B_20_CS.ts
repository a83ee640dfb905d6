import { defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';

// --- B11 Reset without transaction -------------------------------------------------------------------

export const TC_B_20_CS = defineTestCase({
  id: 'TC_B_20_CS',
  title: 'Reset Charging Station - Without ongoing transaction - OnIdle',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B11', 'B11.FR.01', 'B11.FR.03', 'B11.FR.04', 'B01.FR.03'],
  catches: ['reset-not-performed'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B11.FR.03' });
    // 1-2. ResetRequest OnIdle (evseId omitted, errata 2024-09): Accepted; the station reboots.
    const res = await sut.call('Reset', { type: 'OnIdle' });
    expect(res.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
    // 3-4. BootNotificationRequest, Accepted; 5-6. every connector reports Available.
    await bootAccepted(ctx, boot, { securityEvent: false });
  },
});

import { defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { BOOT_RETRY_S } from './steps.cs.js';

export const TC_B_03_CS = defineTestCase({
  id: 'TC_B_03_CS',
  title: 'Cold Boot Charging Station - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B03', 'B03.FR.02', 'B03.FR.04', 'B03.FR.06'],
  preconditions: false,
  catches: ['boot-while-rejected', 'boot-retry-ignores-interval'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    // Manual Action: Reboot the Charging Station.
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 1-2. BootNotificationRequest, answered Rejected (a short retry interval keeps the case fast).
    const first = await boot;
    const again = sut.expectCall('BootNotification', { timeoutMs: BOOT_RETRY_S * 1000 + ics.timeouts.messageMs * 2, requirement: 'B03.FR.06' });
    first.respond({ currentTime: sut.now(), interval: BOOT_RETRY_S, status: 'Rejected' });
    const rejectedAt = Date.now();
    // 3. The next BootNotificationRequest, not before the interval, and nothing else meanwhile.
    const second = await again;
    expect(second.t - rejectedAt, `B03.FR.06: ms between the Rejected answer and the next BootNotification (interval ${BOOT_RETRY_S} s)`)
      .to.be.at.least(BOOT_RETRY_S * 1000 - 50);
    for (const action of ['StatusNotification', 'NotifyEvent', 'Heartbeat'] as const) await sut.expectNoCall(action, 0, { requirement: 'B03.FR.02', describe: 'while Rejected', since: rejectedAt });
    // 4. Accepted; 5-6. every connector reports Available.
    await bootAccepted(ctx, Promise.resolve(second), { securityEvent: false });
  },
});

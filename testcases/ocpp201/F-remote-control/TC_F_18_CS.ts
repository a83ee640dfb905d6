import { defineTestCase } from '../../kit.js';
import { trigger, triggerAccepted } from './steps.cs.js';

export const TC_F_18_CS = defineTestCase({
  id: 'TC_F_18_CS',
  title: 'Trigger message - FirmwareStatusNotification - Idle',
  version: '2.0.1',
  sut: 'CS',
  profiles: [trigger('4')],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.16'],
  catches: ['trigger-not-sent', 'trigger-firmware-status-stale'],
  async run(ctx) {
    const notification = ctx.sut.expectCall('FirmwareStatusNotification', { requirement: 'F06.FR.10' });
    // 1-2. TriggerMessage FirmwareStatusNotification: Accepted.
    await triggerAccepted(ctx, { requestedMessage: 'FirmwareStatusNotification' });
    // 3-4. FirmwareStatusNotificationRequest with status Idle (nothing in progress).
    const p = (await notification).payload;
    ctx.expect(p.status, 'F06.FR.16: FirmwareStatusNotificationRequest status').to.equal('Idle');
  },
});

import { defineTestCase } from '../../kit.js';
import { trigger, triggerAccepted } from './steps.cs.js';

export const TC_F_15_CS = defineTestCase({
  id: 'TC_F_15_CS',
  title: 'Trigger message - LogStatusNotification - Idle',
  version: '2.0.1',
  sut: 'CS',
  profiles: [trigger('3')],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.15'],
  catches: ['trigger-not-sent', 'trigger-log-status-stale'],
  async run(ctx) {
    const notification = ctx.sut.expectCall('LogStatusNotification', { requirement: 'F06.FR.10' });
    // 1-2. TriggerMessage LogStatusNotification: Accepted.
    await triggerAccepted(ctx, { requestedMessage: 'LogStatusNotification' });
    // 3-4. LogStatusNotificationRequest with status Idle (nothing in progress).
    const p = (await notification).payload;
    ctx.expect(p.status, 'F06.FR.15: LogStatusNotificationRequest status').to.equal('Idle');
  },
});

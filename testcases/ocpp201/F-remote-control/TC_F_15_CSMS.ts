import { defineTestCase } from '../../kit.js';
import { triggerOption, triggerRequested } from './steps.csms.js';

export const TC_F_15_CSMS = defineTestCase({
  id: 'TC_F_15_CSMS',
  title: 'Trigger message - LogStatusNotification - Idle',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [triggerOption('3')],
  covers: ['F06', 'F06.FR.01'],
  catches: ['trigger-wrong-message'],
  async run(ctx) {
    // 1-2. TriggerMessageRequest LogStatusNotification; Accepted.
    await triggerRequested(ctx, 'LogStatusNotification');
    // 3-4. LogStatusNotificationRequest Idle; the CSMS responds.
    await ctx.sut.call('LogStatusNotification', { status: 'Idle' });
  },
});

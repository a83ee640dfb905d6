import { defineTestCase } from '../../kit.js';
import { triggerOption, triggerRequested } from './steps.csms.js';

export const TC_F_18_CSMS = defineTestCase({
  id: 'TC_F_18_CSMS',
  title: 'Trigger message - FirmwareStatusNotification - Idle',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [triggerOption('4')],
  covers: ['F06', 'F06.FR.01'],
  catches: ['trigger-wrong-message'],
  async run(ctx) {
    // 1-2. TriggerMessageRequest FirmwareStatusNotification; Accepted.
    await triggerRequested(ctx, 'FirmwareStatusNotification');
    // 3-4. FirmwareStatusNotificationRequest Idle; the CSMS responds.
    await ctx.sut.call('FirmwareStatusNotification', { status: 'Idle' });
  },
});

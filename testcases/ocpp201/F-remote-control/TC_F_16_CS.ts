import { defineTestCase } from '../../kit.js';
import { trigger } from './steps.cs.js';
import { triggerWhileUploading } from './steps.transfer.cs.js';

// Part 6 Table 189: TriggerMessage LogStatusNotification while the station uploads a log.
export const TC_F_16_CS = defineTestCase({
  id: 'TC_F_16_CS',
  title: 'Trigger message - LogStatusNotification - Uploading',
  version: '2.0.1',
  sut: 'CS',
  profiles: [trigger('3')],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.10', 'F06.FR.14'],
  catches: ['trigger-log-status-idle-while-uploading'],
  async run(ctx) {
    await triggerWhileUploading(ctx);
  },
});

import { defineTestCase } from '../../kit.js';
import { trigger } from './steps.cs.js';
import { triggerWhileDownloading } from './steps.transfer.cs.js';

// Part 6 Table 192: TriggerMessage FirmwareStatusNotification while the station downloads a firmware image.
export const TC_F_19_CS = defineTestCase({
  id: 'TC_F_19_CS',
  title: 'Trigger message - FirmwareStatusNotification - Downloading',
  version: '2.0.1',
  sut: 'CS',
  profiles: [trigger('4')],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.10', 'L01.FR.26'],
  catches: ['trigger-firmware-status-idle-while-updating'],
  async run(ctx) {
    await triggerWhileDownloading(ctx);
  },
});

import { defineTestCase } from '../../kit.js';
import { trigger } from './steps.cs.js';
import { triggerWhileDownloading } from './steps.transfer.cs.js';

// Part 6 Table 192: TriggerMessage FirmwareStatusNotification while the station downloads a firmware image.
// Errata 2025-09 6.2.59 applied (steps.transfer.cs.ts): the firmware carries an invalid signature; steps 9-14 are ungraded cleanup.
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

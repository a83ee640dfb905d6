/** OCTT 1.6 §3.15.2, Table 157: Firmware Update - Download Failed. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { firmwareStatus, firmwareUrl, updateFirmwareSent } from './steps.csms.js';

export const TC_044_2_CSMS = defineTestCase({
  id: 'TC_044_2_CSMS',
  title: 'Firmware Update - Download Failed',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Firmware Management'],
  covers: ['5.19', '4.5'],
  catches: ['firmware-status-unhandled'],
  async run(ctx) {
    // 1-2. UpdateFirmware.req (no validation of its content): UpdateFirmware.conf.
    await updateFirmwareSent(ctx, await firmwareUrl(ctx));
    // 3-4. FirmwareStatusNotification.req Downloading. 5-6. [Downloading the firmware fails] DownloadFailed.
    await firmwareStatus(ctx, 'Downloading');
    await firmwareStatus(ctx, 'DownloadFailed');
  },
});

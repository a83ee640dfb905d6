/** OCTT 1.6 §3.15.3, Table 158: Firmware Update - Installation Failed. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { firmwareUrl, installSequence, updateFirmwareSent } from './steps.csms.js';

export const TC_044_3_CSMS = defineTestCase({
  id: 'TC_044_3_CSMS',
  title: 'Firmware Update - Installation Failed',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Firmware Management'],
  covers: ['5.19', '4.5', '4.2', '4.9'],
  catches: ['firmware-status-unhandled'],
  async run(ctx) {
    // 1-2. UpdateFirmware.req (no validation of its content): UpdateFirmware.conf.
    const location = await updateFirmwareSent(ctx, await firmwareUrl(ctx));
    // 3-16. Downloading, Downloaded, StatusNotification Unavailable, Installing, BootNotification, StatusNotification
    // Available, InstallationFailed: each answered by the Central System.
    await installSequence(ctx, location, 'InstallationFailed');
  },
});

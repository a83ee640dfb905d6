/** OCTT 1.6 §3.15.1, Table 156: Firmware Update - Download and Install. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { firmwareUrl, installSequence, updateFirmwareSent } from './steps.csms.js';

export const TC_044_1_CSMS = defineTestCase({
  id: 'TC_044_1_CSMS',
  title: 'Firmware Update - Download and Install',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Firmware Management'],
  covers: ['5.19', '4.5', '4.2', '4.9'],
  catches: ['update-firmware-16-own-location'],
  async run(ctx) {
    // Test data: <Firmware Download URL>, a dummy firmware on the harness's file server.
    const url = await firmwareUrl(ctx);
    // 1-2. UpdateFirmware.req: the firmware.location is <Firmware Download URL from test data>.
    const location = await updateFirmwareSent(ctx, url);
    ctx.expect(location, '5.19: step 1 UpdateFirmware.req location').to.equal(url);
    // 3-16. Downloading, Downloaded, StatusNotification Unavailable, Installing, BootNotification, StatusNotification
    // Available, Installed: each answered by the Central System.
    await installSequence(ctx, location, 'Installed');
  },
});

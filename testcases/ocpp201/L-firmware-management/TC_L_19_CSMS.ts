import { defineTestCase } from '../../kit.js';
import { LOCAL_CONTROLLER, downloadAndVerify, publishFirmware, publishStatuses } from './steps.publish.csms.js';

/** TC_L_19_CSMS (Part 6 table 623): the Local Controller reports the firmware checksum does not verify (L03.FR.07). */
export const TC_L_19_CSMS = defineTestCase({
  id: 'TC_L_19_CSMS',
  title: 'Publish Firmware - Invalid Checksum',
  version: '2.0.1',
  sut: 'CSMS',
  // Part 5 (edition 3) lists no profile for the publish cases: Core, for a CSMS that publishes firmware on a Local Controller.
  profiles: [{ profile: 'Core', condition: LOCAL_CONTROLLER }],
  covers: ['L03', 'L03.FR.01', 'L03.FR.02', 'L03.FR.07'],
  catches: ['publish-firmware-location-wrong', 'publish-firmware-status-unhandled', 'publish-firmware-checksum-wrong'],
  advises: ['publish-firmware-checksum-wrong'],
  async run(ctx) {
    // 1. PublishFirmwareRequest (validated: location <Configured firmware_location>), 2. Accepted.
    const { call } = await publishFirmware(ctx, 'TC_L_19_CSMS');
    // 3-4. Downloading; the local controller downloads the file and checks the MD5 (L03.FR.02).
    await publishStatuses(ctx, call.payload.requestId, ['Downloading']);
    const verified = await downloadAndVerify(ctx, call.payload);
    if (verified) ctx.log('the checksum verifies; the case plays InvalidChecksum as Part 6 lays it out');
    // 5-8. Downloaded, InvalidChecksum.
    await publishStatuses(ctx, call.payload.requestId, ['Downloaded', 'InvalidChecksum']);
  },
});

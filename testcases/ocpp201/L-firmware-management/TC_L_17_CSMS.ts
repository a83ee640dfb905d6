import { defineTestCase } from '../../kit.js';
import { LOCAL_CONTROLLER, downloadAndVerify, publishFirmware, publishStatuses } from './steps.publish.csms.js';

/** TC_L_17_CSMS (Part 6 table 621): the Local Controller downloads, verifies and publishes the firmware (L03). */
export const TC_L_17_CSMS = defineTestCase({
  id: 'TC_L_17_CSMS',
  title: 'Publish Firmware - Published',
  version: '2.0.1',
  sut: 'CSMS',
  // Part 5 (edition 3) lists no profile for the publish cases: Core, for a CSMS that publishes firmware on a Local Controller.
  profiles: [{ profile: 'Core', condition: LOCAL_CONTROLLER }],
  covers: ['L03', 'L03.FR.01', 'L03.FR.02', 'L03.FR.09'],
  catches: ['publish-firmware-location-wrong', 'publish-firmware-status-unhandled', 'publish-firmware-checksum-wrong'],
  advises: ['publish-firmware-checksum-wrong'],
  async run(ctx) {
    // 1. PublishFirmwareRequest (validated: location <Configured firmware_location>), 2. Accepted.
    const { call, location } = await publishFirmware(ctx, 'TC_L_17_CSMS');
    // 3-4. Downloading; the local controller downloads the file and checks the MD5 (L03.FR.02).
    await publishStatuses(ctx, call.payload.requestId, ['Downloading']);
    await downloadAndVerify(ctx, call.payload);
    // 5-8. Downloaded, ChecksumVerified; 9-10. Published with location <Configured firmware_location>.
    await publishStatuses(ctx, call.payload.requestId, ['Downloaded', 'ChecksumVerified', 'Published'], location);
  },
});

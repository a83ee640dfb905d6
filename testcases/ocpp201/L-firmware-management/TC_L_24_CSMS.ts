import { defineTestCase } from '../../kit.js';
import { LOCAL_CONTROLLER, publishFirmware, publishStatuses } from './steps.publish.csms.js';

/** TC_L_24_CSMS (Part 6 table 622): the Local Controller reports it failed to download the firmware (L03.FR.06). */
export const TC_L_24_CSMS = defineTestCase({
  id: 'TC_L_24_CSMS',
  title: 'Publish Firmware - Download failed',
  version: '2.0.1',
  sut: 'CSMS',
  // Part 5 (edition 3) lists no profile for the publish cases: Core, for a CSMS that publishes firmware on a Local Controller.
  profiles: [{ profile: 'Core', condition: LOCAL_CONTROLLER }],
  covers: ['L03', 'L03.FR.01', 'L03.FR.06'],
  catches: ['publish-firmware-location-wrong', 'publish-firmware-status-unhandled'],
  async run(ctx) {
    // 1. PublishFirmwareRequest (validated: location <Configured firmware_location>), 2. Accepted.
    const { call } = await publishFirmware(ctx, 'TC_L_24_CSMS');
    // 3-6. Downloading, DownloadFailed (the case plays a failed download: the harness does not fetch the file).
    await publishStatuses(ctx, call.payload.requestId, ['Downloading', 'DownloadFailed']);
  },
});

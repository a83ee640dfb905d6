import { defineTestCase } from '../../kit.js';
import { LOCAL_CONTROLLER, unpublishFirmware } from './steps.publish.csms.js';

/** TC_L_23_CSMS (Part 6 table 627): a Charging Station is downloading the firmware, the Local Controller does not unpublish it (L04.FR.04). Tool validations: N/a. */
export const TC_L_23_CSMS = defineTestCase({
  id: 'TC_L_23_CSMS',
  title: 'Unpublish Firmware - Download Ongoing',
  version: '2.0.1',
  sut: 'CSMS',
  // Part 5 (edition 3) lists no profile for the unpublish cases: Core, for a CSMS that publishes firmware on a Local Controller.
  profiles: [{ profile: 'Core', condition: LOCAL_CONTROLLER }],
  covers: ['L04', 'L04.FR.04'],
  // Tool validations N/a: the CSMS has to send a valid UnpublishFirmwareRequest and take the answer.
  catches: ['unpublish-firmware-checksum-missing'],
  async run(ctx) {
    // 1. UnpublishFirmwareRequest, 2. the OCTT responds DownloadOngoing.
    await unpublishFirmware(ctx, 'DownloadOngoing');
  },
});

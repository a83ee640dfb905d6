import { defineTestCase } from '../../kit.js';
import { LOCAL_CONTROLLER, unpublishFirmware } from './steps.publish.csms.js';

/** TC_L_22_CSMS (Part 6 table 626): the Local Controller has no such firmware published (L04.FR.03). Tool validations: N/a. */
export const TC_L_22_CSMS = defineTestCase({
  id: 'TC_L_22_CSMS',
  title: 'Unpublish Firmware - NoFirmware',
  version: '2.0.1',
  sut: 'CSMS',
  // Part 5 (edition 3) lists no profile for the unpublish cases: Core, for a CSMS that publishes firmware on a Local Controller.
  profiles: [{ profile: 'Core', condition: LOCAL_CONTROLLER }],
  covers: ['L04', 'L04.FR.03'],
  // Tool validations N/a: the CSMS has to send a valid UnpublishFirmwareRequest and take the answer.
  catches: ['unpublish-firmware-checksum-missing'],
  async run(ctx) {
    // 1. UnpublishFirmwareRequest, 2. the OCTT responds NoFirmware.
    await unpublishFirmware(ctx, 'NoFirmware');
  },
});

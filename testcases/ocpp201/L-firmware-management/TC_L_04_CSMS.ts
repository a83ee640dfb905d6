import { defineTestCase } from '../../kit.js';
import { updateFirmware } from './steps.csms.js';

/** TC_L_04_CSMS (Part 6 table 612): the station reports the firmware signing certificate revoked (L01.FR.01). Tool validations: N/a. */
export const TC_L_04_CSMS = defineTestCase({
  id: 'TC_L_04_CSMS',
  title: 'Secure Firmware Update - RevokedCertificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01'],
  // Tool validations N/a: the CSMS has to send a valid UpdateFirmwareRequest and take the RevokedCertificate answer.
  catches: ['firmware-retrieve-time-missing'],
  async run(ctx) {
    // 1. UpdateFirmwareRequest, 2. the OCTT responds RevokedCertificate.
    await updateFirmware(ctx, { id: 'TC_L_04_CSMS', answer: 'RevokedCertificate' });
  },
});

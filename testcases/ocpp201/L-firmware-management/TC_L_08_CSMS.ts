import { defineTestCase } from '../../kit.js';
import { DOWNLOADED, firmwareStatuses, updateFirmware } from './steps.csms.js';

/** TC_L_08_CSMS (Part 6 table 616): the station reports the verification of the firmware failed during installation (L01.FR.01). */
export const TC_L_08_CSMS = defineTestCase({
  id: 'TC_L_08_CSMS',
  title: 'Secure Firmware Update - InstallVerificationFailed',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.11'],
  catches: ['firmware-status-unhandled'],
  async run(ctx) {
    // 1. UpdateFirmwareRequest, 2. Accepted.
    const call = await updateFirmware(ctx, { id: 'TC_L_08_CSMS', answer: 'Accepted' });
    // 3-12. Downloading, Downloaded, SignatureVerified, Installing, InstallVerificationFailed.
    await firmwareStatuses(ctx, call.payload.requestId, [...DOWNLOADED, 'Installing', 'InstallVerificationFailed']);
  },
});

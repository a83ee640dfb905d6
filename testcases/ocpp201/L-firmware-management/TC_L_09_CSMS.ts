import { defineTestCase } from '../../kit.js';
import { DOWNLOADED, firmwareStatuses, installAndReboot, updateFirmware } from './steps.csms.js';

/** TC_L_09_CSMS (Part 6 table 617): the station reports, after its reboot, that the installation failed (L01.FR.01). */
export const TC_L_09_CSMS = defineTestCase({
  id: 'TC_L_09_CSMS',
  title: 'Secure Firmware Update - InstallationFailed',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.11'],
  catches: ['firmware-status-unhandled'],
  async run(ctx) {
    // 1. UpdateFirmwareRequest, 2. Accepted.
    const call = await updateFirmware(ctx, { id: 'TC_L_09_CSMS', answer: 'Accepted' });
    // 3-8. Downloading, Downloaded, SignatureVerified.
    await firmwareStatuses(ctx, call.payload.requestId, DOWNLOADED);
    // 9-12. Installing, InstallRebooting; 13-14. BootNotification FirmwareUpdate (validated: Accepted); 15-16. connectors; 17-18. InstallationFailed.
    await installAndReboot(ctx, call.payload.requestId, 'TC_L_09_CSMS', 14, 'InstallationFailed');
  },
});

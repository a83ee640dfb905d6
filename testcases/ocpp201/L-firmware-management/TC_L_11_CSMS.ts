import { defineTestCase } from '../../kit.js';
import { firmwareStatuses, installAndReboot, updateFirmware } from './steps.csms.js';

/** TC_L_11_CSMS (Part 6 table 619): the station cannot cancel the ongoing update, rejects the second request and goes on (L01.FR.27). */
export const TC_L_11_CSMS = defineTestCase({
  id: 'TC_L_11_CSMS',
  title: 'Secure Firmware Update - Unable to cancel',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.11', 'L01.FR.27'],
  catches: ['firmware-status-unhandled'],
  async run(ctx) {
    // 1. UpdateFirmwareRequest, 2. Accepted; 3-4. Downloading.
    const first = await updateFirmware(ctx, { id: 'TC_L_11_CSMS', answer: 'Accepted' });
    const { requestId } = first.payload;
    await firmwareStatuses(ctx, requestId, ['Downloading']);
    // Prerequisite: the CSMS requests a new update while one is ongoing. 5. UpdateFirmwareRequest, 6. Rejected.
    await updateFirmware(ctx, { id: 'TC_L_11_CSMS', answer: 'Rejected' });
    // 7-10. The first update goes on: Downloaded, SignatureVerified.
    await firmwareStatuses(ctx, requestId, ['Downloaded', 'SignatureVerified']);
    // 11-14. Installing, InstallRebooting; 15-16. BootNotification FirmwareUpdate (validated: Accepted); 17-18. connectors; 19-20. Installed.
    await installAndReboot(ctx, requestId, 'TC_L_11_CSMS', 16);
  },
});

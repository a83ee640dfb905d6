import { defineTestCase } from '../../kit.js';
import { DOWNLOADED, firmwareStatuses, installAndReboot, updateFirmware } from './steps.csms.js';

/** TC_L_10_CSMS (Part 6 table 618): a second UpdateFirmware cancels the ongoing update; the station starts the new one (L01.FR.24). */
export const TC_L_10_CSMS = defineTestCase({
  id: 'TC_L_10_CSMS',
  title: 'Secure Firmware Update - AcceptedCanceled',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.11', 'L01.FR.24'],
  catches: ['firmware-status-unhandled'],
  async run(ctx) {
    // 1. UpdateFirmwareRequest, 2. Accepted; 3-4. Downloading.
    const first = await updateFirmware(ctx, { id: 'TC_L_10_CSMS', answer: 'Accepted' });
    await firmwareStatuses(ctx, first.payload.requestId, ['Downloading']);
    // Prerequisite: the CSMS requests a new update while one is ongoing. 5. UpdateFirmwareRequest, 6. AcceptedCanceled.
    const second = await updateFirmware(ctx, { id: 'TC_L_10_CSMS', answer: 'AcceptedCanceled' });
    // 7-12. The new update: Downloading, Downloaded, SignatureVerified.
    await firmwareStatuses(ctx, second.payload.requestId, DOWNLOADED);
    // 13-16. Installing, InstallRebooting; 17-18. BootNotification FirmwareUpdate (validated: Accepted); 19-20. connectors; 21-22. Installed.
    await installAndReboot(ctx, second.payload.requestId, 'TC_L_10_CSMS', 18);
  },
});

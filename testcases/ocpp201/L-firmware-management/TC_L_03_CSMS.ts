import { defineTestCase } from '../../kit.js';
import { DOWNLOADED, firmwareStatuses, installAndReboot, untilReached, updateFirmware } from './steps.csms.js';

/** TC_L_03_CSMS (Part 6 table 611): the CSMS schedules the download of the firmware (L01, C-15). */
export const TC_L_03_CSMS = defineTestCase({
  id: 'TC_L_03_CSMS',
  title: 'Secure Firmware Update - DownloadScheduled',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-15' }],
  covers: ['L01', 'L01.FR.01', 'L01.FR.11', 'L01.FR.15'],
  catches: ['firmware-retrieve-time-past', 'firmware-status-unhandled'],
  async run(ctx) {
    // Prerequisite: the CSMS's firmware retrieveDateTime is set in the future. 1. UpdateFirmwareRequest (validated: retrieveDateTime in the future), 2. Accepted.
    const call = await updateFirmware(ctx, { id: 'TC_L_03_CSMS', answer: 'Accepted', retrieveLater: true });
    const { requestId } = call.payload;
    // 3-4. DownloadScheduled.
    await firmwareStatuses(ctx, requestId, ['DownloadScheduled']);
    // 5. Executed after the retrieveDateTime of step 1 has been reached.
    await untilReached(ctx, call.payload.firmware.retrieveDateTime, 'retrieveDateTime');
    // 5-10. Downloading, Downloaded, SignatureVerified.
    await firmwareStatuses(ctx, requestId, DOWNLOADED);
    // 11-14. Installing, InstallRebooting; 15-16. BootNotification FirmwareUpdate (validated: Accepted); 17-18. connectors; 19-20. Installed.
    await installAndReboot(ctx, requestId, 'TC_L_03_CSMS', 16);
  },
});

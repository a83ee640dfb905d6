import { defineTestCase } from '../../kit.js';
import { DOWNLOADED, firmwareStatuses, installAndReboot, untilReached, updateFirmware } from './steps.csms.js';

/** TC_L_02_CSMS (Part 6 table 610): the CSMS schedules the installation of the firmware (L01, C-15). */
export const TC_L_02_CSMS = defineTestCase({
  id: 'TC_L_02_CSMS',
  title: 'Secure Firmware Update - InstallScheduled',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-15' }],
  covers: ['L01', 'L01.FR.01', 'L01.FR.11', 'L01.FR.15'],
  catches: ['firmware-install-time-past', 'firmware-status-unhandled'],
  async run(ctx) {
    // Prerequisite: the CSMS's firmware installDateTime is set in the future. 1. UpdateFirmwareRequest (validated: installDateTime in the future), 2. Accepted.
    const call = await updateFirmware(ctx, { id: 'TC_L_02_CSMS', answer: 'Accepted', installLater: true });
    const { requestId } = call.payload;
    // 3-10. Downloading, Downloaded, SignatureVerified, InstallScheduled.
    await firmwareStatuses(ctx, requestId, [...DOWNLOADED, 'InstallScheduled']);
    // 11. Executed after the installDateTime of step 1 has been reached.
    await untilReached(ctx, call.payload.firmware.installDateTime, 'installDateTime');
    // 11-14. Installing, InstallRebooting; 15-16. BootNotification FirmwareUpdate (validated: Accepted); 17-18. connectors; 19-20. Installed.
    await installAndReboot(ctx, requestId, 'TC_L_02_CSMS', 16);
  },
});

import { defineTestCase } from '../../kit.js';
import { DOWNLOADED, firmwareStatuses, installAndReboot, updateFirmware } from './steps.csms.js';

/** TC_L_01_CSMS (Part 6 table 609): the CSMS has the station securely download and install the configured firmware (L01). */
export const TC_L_01_CSMS = defineTestCase({
  id: 'TC_L_01_CSMS',
  title: 'Secure Firmware Update - Installation successful',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.11', 'L01.FR.15'],
  catches: ['firmware-signing-certificate-dropped', 'firmware-signature-dropped', 'firmware-status-unhandled'],
  async run(ctx) {
    // 1. UpdateFirmwareRequest (validated: signingCertificate and signature are the configured ones), 2. Accepted.
    const call = await updateFirmware(ctx, { id: 'TC_L_01_CSMS', answer: 'Accepted', checkCertificate: true, checkSignature: true });
    // 3-8. Downloading, Downloaded, SignatureVerified.
    await firmwareStatuses(ctx, call.payload.requestId, DOWNLOADED);
    // 9-12. Installing, InstallRebooting; 13-14. BootNotification FirmwareUpdate (validated: Accepted); 15-16. connectors Available; 17-18. Installed.
    await installAndReboot(ctx, call.payload.requestId, 'TC_L_01_CSMS', 14);
  },
});

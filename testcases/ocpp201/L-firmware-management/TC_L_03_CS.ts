import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { iso } from './steps.cs.js';
import { installSignedFirmware } from './steps.install.cs.js';

export const TC_L_03_CS = defineTestCase({
  id: 'TC_L_03_CS',
  title: 'Secure Firmware Update - DownloadScheduled',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.04', 'L01.FR.05', 'L01.FR.09', 'L01.FR.10', 'L01.FR.12', 'L01.FR.13', 'L01.FR.15', 'L01.FR.20', 'L01.FR.21', 'L01.FR.23', 'L01.FR.31'],
  catches: ['firmware-download-not-scheduled'],
  async run(ctx) {
    // 1-2. UpdateFirmwareRequest (retrieve at now + <Configured Download Offset Period>, install two hours back), signed: Accepted.
    // 3-4. DownloadScheduled; 5-10. Downloading, Downloaded, SignatureVerified; 11-12. connectors (optional);
    // 13-17. RebootBeforeFirmwareInstallation / Installing / RebootBeforeFirmwareActivation / reconnect;
    // 18-23 (any order). Installed and SecurityEventNotification FirmwareUpdated.
    await installSignedFirmware(ctx, { retrieveDateTime: iso(configured(ctx, 'firmwareDownloadOffsetMs')) }, {
      required: [
        { status: 'DownloadScheduled', requirement: 'L01.FR.13' },
        { status: 'Downloading', requirement: 'L01.FR.01' },
        { status: 'Downloaded', requirement: 'L01.FR.01' },
        { status: 'SignatureVerified', requirement: 'L01.FR.04' },
        { status: 'Installed', requirement: 'L01.FR.28' },
      ],
      optional: ['Installing', 'InstallRebooting'],
      events: [{ type: 'FirmwareUpdated', requirement: 'L01.FR.31' }],
    });
  },
});

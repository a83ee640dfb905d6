import { defineTestCase } from '../../kit.js';
import { installSignedFirmware } from './steps.install.cs.js';

export const TC_L_01_CS = defineTestCase({
  id: 'TC_L_01_CS',
  title: 'Secure Firmware Update - Installation successful',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.04', 'L01.FR.05', 'L01.FR.09', 'L01.FR.10', 'L01.FR.12', 'L01.FR.13', 'L01.FR.15', 'L01.FR.20', 'L01.FR.21', 'L01.FR.23', 'L01.FR.31'],
  catches: ['firmware-downloaded-skipped', 'firmware-no-updated-event'],
  async run(ctx) {
    // 1-2. UpdateFirmwareRequest (retrieve and install two hours back), signed: Accepted.
    // 3-8. Downloading, Downloaded, SignatureVerified; 9-10. connectors (optional, answered by default);
    // 11-15. RebootBeforeFirmwareInstallation / Installing / RebootBeforeFirmwareActivation / reconnect;
    // 16-21 (any order). Installed and SecurityEventNotification FirmwareUpdated.
    await installSignedFirmware(ctx, {}, {
      required: [
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

import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { installSignedFirmware } from './steps.install.cs.js';

export const TC_L_02_CS = defineTestCase({
  id: 'TC_L_02_CS',
  title: 'Secure Firmware Update - InstallScheduled',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.04', 'L01.FR.05', 'L01.FR.09', 'L01.FR.10', 'L01.FR.12', 'L01.FR.15', 'L01.FR.16', 'L01.FR.20', 'L01.FR.21', 'L01.FR.23'],
  catches: ['firmware-install-not-scheduled'],
  async run(ctx) {
    // 1-2. UpdateFirmwareRequest (retrieve two hours back, install at now + <Configured Install Offset Period>), signed: Accepted.
    // 3-8. Downloading, Downloaded, SignatureVerified; 9-10. InstallScheduled; 11-12. connectors (optional);
    // 13-17. RebootBeforeFirmwareInstallation / Installing / RebootBeforeFirmwareActivation / reconnect;
    // 18-23 (any order). Installed and SecurityEventNotification FirmwareUpdated.
    const installAt = Date.now() + configured(ctx, 'firmwareInstallOffsetMs');
    await installSignedFirmware(ctx, { installDateTime: new Date(installAt).toISOString() }, {
      required: [
        { status: 'Downloading', requirement: 'L01.FR.01' },
        { status: 'Downloaded', requirement: 'L01.FR.01' },
        { status: 'SignatureVerified', requirement: 'L01.FR.04' },
        { status: 'InstallScheduled', requirement: 'L01.FR.16' },
        { status: 'Installed', requirement: 'L01.FR.28' },
      ],
      optional: ['Installing', 'InstallRebooting'],
      events: [{ type: 'FirmwareUpdated', requirement: 'L01.FR.31' }],
      // A download slower than the offset leaves no future installDateTime to schedule: INCONCLUSIVE, not FAIL.
      scheduled: { status: 'InstallScheduled', at: installAt, after: 'SignatureVerified', configured: 'firmwareInstallOffsetMs' },
    });
  },
});

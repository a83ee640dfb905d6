import { defineTestCase } from '../../kit.js';
import { installSignedFirmware } from './steps.install.cs.js';

/** TC_L_08_CS (Part 6 table 303): a trusted, really signed firmware whose installation fails is reported as such (L01.FR.01). */
export const TC_L_08_CS = defineTestCase({
  id: 'TC_L_08_CS',
  title: 'Secure Firmware Update - InstallVerificationFailed or InstallationFailed',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.10', 'L01.FR.12', 'L01.FR.20'],
  catches: ['firmware-failed-install-reported-installed'],
  async run(ctx) {
    // Configuration State: <Configured invalid firmware location> (an existing image that fails its installation),
    // <Configured invalid firmware signingCertificate> trusted, <Configured invalid firmware signature> real.
    // 1-2. UpdateFirmwareRequest (retrieve and install two hours back): Accepted.
    // 3-8. Downloading, Downloaded, SignatureVerified; 9-10. connectors (optional, answered by default);
    // 11-13. RebootBeforeFirmwareInstallation or Installing; 14-17 (any order). connectors; InstallVerificationFailed or InstallationFailed.
    const failed = ['InstallVerificationFailed', 'InstallationFailed'] as const;
    await installSignedFirmware(ctx, {}, {
      required: [
        { status: 'Downloading', requirement: 'L01.FR.01' },
        { status: 'Downloaded', requirement: 'L01.FR.01' },
        { status: 'SignatureVerified', requirement: 'L01.FR.01' },
        { status: failed, requirement: 'L01.FR.01' },
      ],
      optional: ['Installing', 'InstallRebooting'],
    }, { installable: false, final: failed });
  },
});

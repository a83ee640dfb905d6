/** OCTT 1.6 §3.21.1, Table 182: Install a certificate on the Charge Point - CentralSystemRootCertificate. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { installCertificate16, installedIds16 } from './steps.csms.js';

export const TC_075_2_CSMS = defineTestCase({
  id: 'TC_075_2_CSMS',
  title: 'Install a certificate on the Charge Point - CentralSystemRootCertificate',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  requires: { securityProfile: [2, 3] },
  covers: ['M05', 'M03'],
  catches: ['install-certificate-not-pem'],
  async run(ctx) {
    // Manual action; 1-2. InstallCertificate.req CentralSystemRootCertificate, the configured root certificate: Accepted.
    const pem = await installCertificate16(ctx, 'CentralSystemRootCertificate', 'Accepted', 'TC_075_2_CSMS step 1');
    // Manual action; 3-4. GetInstalledCertificateIds.req CentralSystemRootCertificate: Accepted with the installed certificate's hash data.
    await installedIds16(ctx, 'CentralSystemRootCertificate', pem, 'TC_075_2_CSMS step 3');
  },
});

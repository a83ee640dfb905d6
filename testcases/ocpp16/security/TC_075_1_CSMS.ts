/** OCTT 1.6 §3.21.1, Table 181: Install a certificate on the Charge Point - ManufacturerRootCertificate. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { installCertificate16, installedIds16 } from './steps.csms.js';

export const TC_075_1_CSMS = defineTestCase({
  id: 'TC_075_1_CSMS',
  title: 'Install a certificate on the Charge Point - ManufacturerRootCertificate',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  requires: { securityProfile: [2, 3] },
  covers: ['M05', 'M03'],
  catches: ['install-type-ignored', 'install-certificate-not-pem', 'installed-ids-type-always'],
  async run(ctx) {
    // Manual action; 1-2. InstallCertificate.req ManufacturerRootCertificate, the configured root certificate: Accepted.
    const pem = await installCertificate16(ctx, 'ManufacturerRootCertificate', 'Accepted', 'TC_075_1_CSMS step 1');
    // Manual action; 3-4. GetInstalledCertificateIds.req ManufacturerRootCertificate: Accepted with the installed certificate's hash data.
    await installedIds16(ctx, 'ManufacturerRootCertificate', pem, 'TC_075_1_CSMS step 3');
  },
});

/** OCTT 1.6 §2.24.1, Table 91: Install a certificate on the Charge Point - CentralSystemRootCertificate. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { isHashOf16, profiles, restoringCertificate16, storeCertificate } from './steps.cs.js';

export const TC_075_2_CS = defineTestCase({
  id: 'TC_075_2_CS',
  title: 'Install a certificate on the Charge Point - CentralSystemRootCertificate',
  version: '1.6',
  sut: 'CS',
  profiles,
  requires: { securityProfile: [2, 3] },
  covers: ['M05.FR.01', 'M05.FR.02', 'M03.FR.03', 'M03.FR.04'],
  catches: ['install-not-stored', 'installed-ids-wrong-hash'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const pem = await storeCertificate(ctx, 'CentralSystemRootCertificate');
    // The certificate goes again afterwards when the Charge Point did not hold it before (ungraded).
    await restoringCertificate16(ctx, 'CentralSystemRootCertificate', async () => {
      // 1-2. InstallCertificate.req CentralSystemRootCertificate, the certificate from the store: Accepted.
      const install = await sut.call('InstallCertificate', { certificateType: 'CentralSystemRootCertificate', certificate: pem }, { requirement: 'M05.FR.02' });
      expect(install.status, 'M05.FR.02: InstallCertificate.conf status').to.equal('Accepted');
      // 3-4. GetInstalledCertificateIds.req CentralSystemRootCertificate: Accepted, with the installed certificate's hash data (the OCTT's own calculation).
      const ids = await sut.call('GetInstalledCertificateIds', { certificateType: 'CentralSystemRootCertificate' }, { requirement: 'M03.FR.04' });
      expect(ids.status, 'M03.FR.03: GetInstalledCertificateIds.conf status').to.equal('Accepted');
      ctx.log(`listed: ${(ids.certificateHashData ?? []).map((h) => `serial ${h.serialNumber} (${h.hashAlgorithm})`).join('; ') || 'nothing'}`);
      expect((ids.certificateHashData ?? []).some((h) => isHashOf16(h, pem)), 'M03.FR.04: certificateHashData includes the installed certificate').to.equal(true);
    });
  },
});

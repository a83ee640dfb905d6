import { defineTestCase } from '../../kit.js';
import { configuredCertificate, getInstalledCertificates, installedForCase, isHashOf, restoringCertificates } from './steps.cs.js';

/**
 * TC_M_20_CS: DeleteCertificate with hash data the station returned deletes that certificate (M04.FR.01/02).
 * The certificate deleted is the configured second CSMS root the case installs first (Reusable State
 * CertificateInstalled, established): deleting the root the station verifies the harness with would cut it off.
 */
export const TC_M_20_CS = defineTestCase({
  id: 'TC_M_20_CS',
  title: 'Delete a certificate from a Charging Station - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['M04', 'M04.FR.01', 'M04.FR.02'],
  requires: { securityProfile: [2, 3] },
  catches: ['delete-not-done'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const root2 = { type: 'CSMSRootCertificate' as const, ...(await configuredCertificate(ctx, 'CSMSRootCertificate')) };
    await restoringCertificates(ctx, ['CSMSRootCertificate'], async () => {
      await installedForCase(ctx, 'CSMSRootCertificate', root2.pem);
      // 1. Reusable State GetInstalledCertificates CSMSRootCertificate: the certificate to delete is present.
      const chain = await getInstalledCertificates(ctx, ['CSMSRootCertificate'], [root2]);
      const entry = chain.find((c) => c.certificateType === 'CSMSRootCertificate' && isHashOf(c.certificateHashData, root2.pem, root2.issuerPem));
      // 2-3. DeleteCertificateRequest with the returned hash data: Accepted.
      const res = await sut.call('DeleteCertificate', { certificateHashData: entry?.certificateHashData as never });
      expect(res.status, 'M04.FR.02: DeleteCertificateResponse status').to.equal('Accepted');
      // 4. GetInstalledCertificates CSMSRootCertificate: the deleted certificate is not present anymore.
      const after = await sut.call('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
      expect((after.certificateHashDataChain ?? []).some((c) => isHashOf(c.certificateHashData, root2.pem, root2.issuerPem)),
        'M04.FR.02: the deleted certificate is no longer listed').to.equal(false);
    });
  },
});

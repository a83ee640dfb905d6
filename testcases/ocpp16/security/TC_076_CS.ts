/**
 * OCTT 1.6 §2.24.1, Table 92: Delete a specific certificate from the Charge Point. Validations are the table's; 1.2/1.3 apply.
 * Memory State CertificateInstalled: the store's CentralSystemRootCertificate ("Root 2") is installed first (established,
 * not graded); deleting the root the Charge Point verifies the harness with would cut it off.
 */
import { defineTestCase } from '../../kit.js';
import { certificateInstalled16, isHashOf16, listInstalled16, profiles, restoringCertificate16, storeCertificate } from './steps.cs.js';

export const TC_076_CS = defineTestCase({
  id: 'TC_076_CS',
  title: 'Delete a specific certificate from the Charge Point',
  version: '1.6',
  sut: 'CS',
  profiles,
  requires: { securityProfile: [2, 3] },
  covers: ['M04.FR.01', 'M04.FR.02'],
  catches: ['delete-not-done'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const type = 'CentralSystemRootCertificate' as const;
    const pem = await storeCertificate(ctx, type);
    await restoringCertificate16(ctx, type, async () => {
      await certificateInstalled16(ctx, type, pem);
      // 1-2. GetInstalledCertificateIds.req: the Charge Point's hash data (no validation at step 2; its hashAlgorithm is used at step 3).
      const listed = (await listInstalled16(ctx, type)).find((h) => isHashOf16(h, pem));
      if (!listed) return ctx.fail('the installed CentralSystemRootCertificate is not in GetInstalledCertificateIds.conf', 'M03.FR.04');
      // 3-4. DeleteCertificate.req with the configured certificate's hash data: Accepted.
      const del = await sut.call('DeleteCertificate', { certificateHashData: listed }, { requirement: 'M04.FR.02' });
      expect(del.status, 'M04.FR.02: DeleteCertificate.conf status').to.equal('Accepted');
      // 5-6. GetInstalledCertificateIds.req of the removed type: the certificate is no longer included.
      const after = await sut.call('GetInstalledCertificateIds', { certificateType: type }, { requirement: 'M04.FR.02' });
      expect((after.certificateHashData ?? []).some((h) => isHashOf16(h, pem)), 'M04.FR.02: certificateHashData no longer includes the removed certificate').to.equal(false);
    });
  },
});

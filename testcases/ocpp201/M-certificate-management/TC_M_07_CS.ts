import { defineTestCase } from '../../kit.js';
import { isHashOf, listInstalled } from './steps.cs.js';

/**
 * TC_M_07_CS: an expired certificate offered as CSMSRootCertificate is rejected and not listed (M05.FR.07).
 * <Generated Expired Certificate>: the test PKI's expired certificate (issued by the CSMS root, expired 30 days ago).
 */
export const TC_M_07_CS = defineTestCase({
  id: 'TC_M_07_CS',
  title: 'Install CA certificate - Rejected - Certificate invalid',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['M05', 'M05.FR.01', 'M05.FR.07'],
  requires: { securityProfile: [2, 3] },
  catches: ['install-accepts-expired'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const pki = await ctx.pki();
    const expired = pki.get('expired-server').certPem;
    const issuer = pki.get('csms-root').certPem;
    try {
      // 1-2. InstallCertificateRequest CSMSRootCertificate with the expired certificate: Rejected.
      const res = await sut.call('InstallCertificate', { certificateType: 'CSMSRootCertificate', certificate: expired });
      expect(res.status, 'M05.FR.07: InstallCertificateResponse status for an expired certificate').to.equal('Rejected');
      // 3-4. GetInstalledCertificateIds CSMSRootCertificate: Accepted, without the expired certificate.
      const ids = await sut.call('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
      expect(ids.status, 'M03.FR.03: GetInstalledCertificateIdsResponse status').to.equal('Accepted');
      const chain = ids.certificateHashDataChain ?? [];
      expect(chain.some((c) => c.certificateType === 'CSMSRootCertificate' && isHashOf(c.certificateHashData, expired, issuer)),
        'M05.FR.07: certificateHashDataChain has no entry for the rejected (expired) certificate').to.equal(false);
    } finally {
      // A station that took it anyway gets it removed (ungraded).
      if (sut.isConnected()) {
        const entry = (await listInstalled(ctx, ['CSMSRootCertificate']).catch(() => [])).find((c) => isHashOf(c.certificateHashData, expired, issuer));
        if (entry) await sut.callRaw('DeleteCertificate', { certificateHashData: entry.certificateHashData }).catch(() => undefined);
      }
    }
  },
});

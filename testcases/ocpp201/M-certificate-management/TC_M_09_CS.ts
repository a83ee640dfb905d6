import { defineTestCase } from '../../kit.js';
import { isHashOf, listInstalled } from './steps.cs.js';

/**
 * TC_M_09_CS: with AdditionalRootCertificateCheck true (AS-2), a new CSMSRootCertificate that the old CSMS root did not
 * sign is rejected and the old root stays (M05.FR.10/11). <Configured CSMSRootCertificate> (not signed by the old
 * root): the test PKI's `unknown-ca`, a self-signed root; <Configured old CSMS Root certificate>: `csms-root`, the root
 * the station verifies the harness with. A station that took the certificate anyway gets it deleted (ungraded).
 */
export const TC_M_09_CS = defineTestCase({
  id: 'TC_M_09_CS',
  title: 'Install CA certificate - AdditionalRootCertificateCheck - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'AS-2' }],
  covers: ['M05', 'M05.FR.10', 'M05.FR.11'],
  requires: { securityProfile: [2, 3] },
  catches: ['additional-root-check-ignored', 'installed-ids-wrong-hash'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const pki = await ctx.pki();
    const foreign = pki.get('unknown-ca').certPem;
    const oldRoot = pki.get('csms-root').certPem;
    try {
      // 1-2. InstallCertificateRequest CSMSRootCertificate with a root the old one did not sign: Rejected.
      const res = await sut.call('InstallCertificate', { certificateType: 'CSMSRootCertificate', certificate: foreign });
      expect(res.status, 'M05.FR.11: InstallCertificateResponse status for a CSMS root not signed by the old one').to.equal('Rejected');
      // 3-4. GetInstalledCertificateIds CSMSRootCertificate: Accepted, one entry with the old CSMS root's data.
      const ids = await sut.call('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
      expect(ids.status, 'TC_M_09_CS step 4: GetInstalledCertificateIdsResponse status').to.equal('Accepted');
      const chain = ids.certificateHashDataChain ?? [];
      expect(chain.some((c) => c.certificateType === 'CSMSRootCertificate' && isHashOf(c.certificateHashData, oldRoot)),
        'M05.FR.11: certificateHashDataChain has a CSMSRootCertificate entry with the old CSMS root\'s data').to.equal(true);
    } finally {
      if (sut.isConnected()) {
        const entry = (await listInstalled(ctx, ['CSMSRootCertificate']).catch(() => [])).find((c) => isHashOf(c.certificateHashData, foreign));
        if (entry) await sut.callRaw('DeleteCertificate', { certificateHashData: entry.certificateHashData }).catch(() => undefined);
      }
    }
  },
});

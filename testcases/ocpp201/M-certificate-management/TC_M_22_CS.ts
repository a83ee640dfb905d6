import { certificateHashData, defineTestCase } from '../../kit.js';

/**
 * TC_M_22_CS: DeleteCertificate for a certificate the station does not have answers NotFound (M04.FR.04).
 * <certificateHashData from unknown certificate>: the hash data of a test PKI server certificate, never installed.
 */
export const TC_M_22_CS = defineTestCase({
  id: 'TC_M_22_CS',
  title: 'Delete a certificate from a Charging Station - No matching certificate found',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['M04', 'M04.FR.01', 'M04.FR.04'],
  requires: { securityProfile: [2, 3] },
  catches: ['delete-unknown-accepted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const pki = await ctx.pki();
    // 1. Reusable State GetInstalledCertificates with certificateType CSMSRootCertificate.
    const ids = await sut.call('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
    expect(ids.status, 'M03.FR.03: GetInstalledCertificateIdsResponse status').to.equal('Accepted');
    // 2-3. DeleteCertificateRequest with the hash data of an unknown certificate: NotFound.
    const unknown = certificateHashData(pki.get('weak-rsa-server').certPem, pki.get('csms-root').certPem, 'SHA256');
    const res = await sut.call('DeleteCertificate', { certificateHashData: unknown });
    expect(res.status, 'M04.FR.04: DeleteCertificateResponse status').to.equal('NotFound');
  },
});

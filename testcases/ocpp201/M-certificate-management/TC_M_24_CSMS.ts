import { certificateHashData, defineTestCase, OcspResponder, readOcspResponse, startOcspServer } from '../../kit.js';

/**
 * TC_M_24_CSMS: the CSMS relays the status of the (V2G) certificate chain's sub-CAs from the OCSP responder the
 * station names (M06). The OCTT runs that responder itself (src/pki/ocsp) for the test PKI, on the harness's
 * loopback address: a CSMS under test on another machine needs the harness bound where it can reach it.
 */
export const TC_M_24_CSMS = defineTestCase({
  id: 'TC_M_24_CSMS',
  title: 'Get Charging Station Certificate status - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['M06', 'M06.FR.01'],
  catches: ['certificate-status-not-ocsp'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const pki = await ctx.pki();
    const responder = new OcspResponder(pki);
    const server = await startOcspServer(responder);
    try {
      // <hashes from configured (V2G) certificate chain SubCA's>: the two CPO sub-CAs of the SECC chain.
      for (const [subCa, issuer] of [['cpo-sub-ca2', 'cpo-sub-ca1'], ['cpo-sub-ca1', 'v2g-root']] as const) {
        const hash = certificateHashData(pki.get(subCa).certPem, pki.get(issuer).certPem, 'SHA256');
        // 1. GetCertificateStatusRequest with ocspRequestData for the sub-CA.
        const res = await sut.call('GetCertificateStatus', { ocspRequestData: { ...hash, responderURL: server.url } });
        // 2. GetCertificateStatusResponse: Accepted, ocspResult an RFC 6960 OCSPResponse, DER then base64.
        expect(res.status, 'M06: GetCertificateStatusResponse status').to.equal('Accepted');
        const b64 = String(res.ocspResult ?? '');
        let parsed: ReturnType<typeof readOcspResponse> | undefined;
        try {
          parsed = /^[A-Za-z0-9+/]+={0,2}$/.test(b64) ? readOcspResponse(Buffer.from(b64, 'base64')) : undefined;
        } catch {
          parsed = undefined;
        }
        expect(parsed !== undefined && parsed.responseStatus === 'successful',
          `TC_M_24_CSMS step 2: ocspResult for ${subCa} is a base64 DER OCSPResponse (RFC 6960)`).to.equal(true);
        ctx.log(`ocspResult for ${subCa}: ${parsed?.certificates.map((c) => `serial ${c.serialNumber} ${c.status}`).join(', ') ?? 'unreadable'}`);
      }
    } finally {
      await server.close();
    }
  },
});

import { defineTestCase, ocspRequestFor, OcspResponder } from '../../kit.js';
import { certificateStatusRequested } from './steps.status.cs.js';

/**
 * TC_M_24_CS: after its V2G certificate is renewed, the station asks the status of it and of its sub-CAs (M06.FR.06/07,
 * errata 2025-09 6.2.85); the OCTT answers each Accepted with a real OCSPResponse (RFC 6960, DER, base64) from the test
 * PKI's OCSP responder (src/pki/ocsp), which knows the new leaf. Tool validations: N/a beyond the requests coming.
 */
export const TC_M_24_CS = defineTestCase({
  id: 'TC_M_24_CS',
  title: 'Get Charging Station Certificate status - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['M06', 'M06.FR.06', 'M06.FR.07'],
  catches: ['certificate-status-not-requested', 'certificate-status-leaf-only'],
  async run(ctx) {
    const responder = new OcspResponder(await ctx.pki());
    await certificateStatusRequested(ctx, (request) => {
      const { responderURL: _url, ...hash } = request.ocspRequestData;
      const der = responder.answer(ocspRequestFor(hash));
      ctx.log(`OCSP answer for serial ${hash.serialNumber}: ${responder.answers.at(-1)?.status ?? '?'}`);
      return { status: 'Accepted', ocspResult: der.toString('base64') };
    }, { onLeaf: (leaf) => responder.register(leaf), everyCertificate: true });
  },
});

/**
 * TC_M_26/28_CSMS (M01, M02; CSMS under test): the OCTT forwards an EV's ISO 15118-2 certificate request. The EXI
 * streams are opaque to OCPP (fixtures/iso15118/README.md): the OCTT sends the fixture, base64 encoded, and checks
 * the answer is Accepted with a base64 exiResponse (the CertificateInstallationRes/CertificateUpdateRes the CSMS got
 * from its contract certificate pool; what it says is for the EV to judge).
 */
import { adviseUnless, exiFixture, isBase64, type CaseContext } from '../../kit.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;

/** The ISO 15118-2 schema version the OCTT's EV speaks (the namespace of ISO 15118-2:2014's message set). */
export const ISO15118_SCHEMA_VERSION = 'urn:iso:15118:2:2013:MsgDef';

/** 1. Get15118EVCertificateRequest with `action`; 2. the response: status Accepted, exiResponse base64 (M01.FR.01 / M02.FR.01). */
export async function evCertificateRequest(ctx: Ctx, action: 'Install' | 'Update', requirement: 'M01.FR.01' | 'M02.FR.01'): Promise<void> {
  const { sut, expect } = ctx;
  const exiRequest = exiFixture(action === 'Install' ? 'certificate-installation-req' : 'certificate-update-req');
  const answer = await sut.call('Get15118EVCertificate', { iso15118SchemaVersion: ISO15118_SCHEMA_VERSION, action, exiRequest }, { requirement });
  expect(answer.status, `${requirement}: Get15118EVCertificateResponse status`).to.equal('Accepted');
  expect(isBase64(answer.exiResponse), `${requirement}: Get15118EVCertificateResponse exiResponse is the raw EXI response for the EV, base64 encoded`).to.equal(true);
  // Beyond the official validation: an echo of the request is no answer for the EV.
  adviseUnless(ctx, answer.exiResponse !== exiRequest, 'the exiResponse is the exiRequest sent back, not an answer for the EV', requirement);
}

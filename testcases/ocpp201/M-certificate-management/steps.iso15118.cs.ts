/**
 * TC_M_26..29_CS (M01, M02; charging station under test): the EV (the OCTT's EV emulator: the kit's operator action
 * evContractCertificate, "SendISO15118AuthorizationMethod PnC" + "SendInstallISO15118CertificateMethod") asks for a
 * new or an updated contract certificate; the station forwards it to the OCTT as Get15118EVCertificate, and with an
 * Accepted answer the EV authorizes with the certificate it received. The EXI streams are opaque to OCPP
 * (fixtures/iso15118/README.md).
 */
import { adviseUnless, exiFixture, isBase64, type CaseContext } from '../../kit.js';
import { later, transactionCase } from '../_shared/charging-session.cs.js';
import { certificateInstalled } from '../_shared/certificates.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/**
 * <Raw CertificateInstallationRes response for the EV, Base64 encoded>: what the OCTT answers for the contract
 * certificate pool. A placeholder stream (fixtures/iso15118/certificate-installation-res.exi.b64, not schema-valid
 * ISO 15118-2): with a real EV behind the station, configure the stream your pool made for that EV.
 */
export const CONFIGURED_EXI_RESPONSE = exiFixture('certificate-installation-res');

export interface EvCertificateCase {
  action: 'Install' | 'Update';
  answer: 'Accepted' | 'Failed';
  requirement: string;
}

/**
 * Memory State: V2GRootCertificate and MORootCertificate installed; Reusable State EVConnectedPreSession;
 * 1. Get15118EVCertificateRequest (Tool validation: action); 2. the OCTT answers `answer`;
 * Accepted: 3-4. AuthorizationRequest, answered Accepted. Failed: 3. an AuthorizationRequest FAILs the case.
 */
export async function evCertificateCase(ctx: Ctx, c: EvCertificateCase): Promise<void> {
  const { sut, expect, operator } = ctx;
  const pki = await ctx.pki();
  await transactionCase(ctx, {}, async (s) => {
    await certificateInstalled(ctx, 'V2GRootCertificate', pki.get('v2g-root').certPem);
    await certificateInstalled(ctx, 'MORootCertificate', pki.get('mo-root').certPem);
    await evConnectedPreSession(ctx);
    const request = sut.expectCall('Get15118EVCertificate', { requirement: c.requirement, describe: `(the EV asks to ${c.action === 'Install' ? 'install' : 'update'} its contract certificate)` });
    const acting = later(operator.do('evContractCertificate', { evseId: s.evseId, action: c.action }));
    const call = await request;
    const authorize = c.answer === 'Accepted' ? sut.expectCall('Authorize', { requirement: 'C07.FR.01', describe: 'with the new contract certificate' }) : undefined;
    const since = Date.now();
    // 2. Accepted with the configured exiResponse; Failed with exiResponse "omitted" (the schema requires the field: empty).
    call.respond(c.answer === 'Accepted' ? { status: 'Accepted', exiResponse: CONFIGURED_EXI_RESPONSE } : { status: 'Failed', exiResponse: '' });
    // Tool validation (step 1): action.
    expect(call.payload.action, `${c.requirement}: Get15118EVCertificateRequest action`).to.equal(c.action);
    adviseUnless(ctx, isBase64(call.payload.exiRequest), 'Get15118EVCertificateRequest exiRequest is not the EV\'s EXI request, base64 encoded', c.requirement);
    if (authorize) {
      // 3-4. AuthorizationRequest; the OCTT accepts it.
      const a = await authorize;
      a.respond({ idTokenInfo: { status: 'Accepted' }, certificateStatus: 'Accepted' });
      adviseUnless(ctx, a.payload.idToken?.type === 'eMAID', `AuthorizeRequest idToken.type is ${String(a.payload.idToken?.type)}, not eMAID (C07.FR.02)`, 'C07.FR.02');
    } else {
      // 3. No AuthorizationRequest: the EV got no certificate to authorize with.
      await sut.expectNoCall('Authorize', ctx.ics.timeouts.messageMs, { since, requirement: `${c.requirement} (Part 6 step 3: no AuthorizationRequest after status Failed)`, describe: 'after Get15118EVCertificate Failed' });
    }
    await acting;
  });
}

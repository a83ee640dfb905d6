import { signCsr } from '../../../../pki/csr.js';
import type { Payload } from '../../../../rpc/codec.js';
import { ok, type CsmsContext, type CsmsPki, type HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';
import type { CsmsBlockFactory } from '../../block-host.js';
import { authenticateStation } from './authenticate.js';

/** The faults this block asks about: its own. */
type Faults = (typeof FAULTS)[number]['name'];
type Ctx = CsmsContext<Faults>;

/** Which CA of the PKI signs which certificate type; the first role the PKI has wins. */
const ISSUERS: Record<string, string[]> = {
  ChargingStationCertificate: ['cso-sub-ca'],
  V2GCertificate: ['cpo-sub-ca2', 'cso-sub-ca'],
};

function pickIssuer(pki: CsmsPki, certificateType: string): string {
  const roles = ISSUERS[certificateType] ?? ISSUERS.ChargingStationCertificate ?? [];
  for (const role of roles) {
    try {
      pki.get(role);
      return role;
    } catch {
      // not in this PKI: try the next
    }
  }
  return 'cso-sub-ca';
}

/** Signs a CSR with the PKI: the leaf followed by the issuing CA chain (without the root). */
export function signStationCsr(pki: CsmsPki, csrPem: string, certificateType: string, issuerRole?: string): string {
  const issuer = issuerRole ?? pickIssuer(pki, certificateType);
  const leaf = signCsr(csrPem, pki.get(issuer));
  return leaf + pki.chainPem(issuer);
}

/** A02/A03 (1.6 security whitepaper: Certificate management): accept, have the CA sign, send CertificateSigned. */
async function signCertificate(p: Payload, ctx: Ctx) {
  const pki = ctx.csms.pki ?? await ctx.csms.loadPki();
  const stationId = ctx.session.stationId;
  if (!pki) {
    ctx.csms.log(`${stationId}: SignCertificate rejected: this CSMS has no PKI to sign with`, 'warn');
    return ok({ status: 'Rejected' });
  }
  const certificateType = typeof p.certificateType === 'string' ? p.certificateType : 'ChargingStationCertificate';
  let chain: string;
  try {
    // The fault: a CA outside the CSMS root hierarchy (the PKI's unknown test root).
    chain = signStationCsr(pki, String(p.csr ?? ''), certificateType, ctx.csms.hasFault('certificate-signed-wrong-ca') ? 'unknown-ca' : undefined);
  } catch (err) {
    ctx.csms.log(`${stationId}: SignCertificate rejected: ${(err as Error).message}`, 'warn');
    return ok({ status: 'Rejected' });
  }
  ctx.after(async () => {
    const request: Payload = ctx.version === '1.6'
      ? { certificateChain: chain }
      : { certificateChain: chain, ...(typeof p.certificateType === 'string' ? { certificateType } : {}) };
    await ctx.csms.send(stationId, 'CertificateSigned', request);
  });
  return ok({ status: 'Accepted' });
}

export const securityHandlers: HandlerTable<Faults> = {
  // A04.FR.03: the CSMS confirms receipt.
  SecurityEventNotification: (p, ctx) => {
    ctx.csms.log(`${ctx.session.stationId}: security event ${String(p.type)}${p.techInfo ? ` (${String(p.techInfo)})` : ''}`, 'info');
    return ctx.csms.hasFault('ignores-security-event') ? { silent: true } : ok({});
  },
  SignCertificate: signCertificate,
};

/** A Security answers SignCertificate and SecurityEventNotification, and decides who may connect. */
export const create: CsmsBlockFactory<Faults> = (host) => ({
  handlers: () => securityHandlers,
  admits: (req, params) => authenticateStation(req, { ...params, hasFault: (name) => host.faults.has(name) }),
});

/**
 * The contract certificate check of an ISO 15118 Authorize (C07) at the reference CSMS: it asks the OCSP responder
 * for each certificate of the chain (C07.FR.05), from iso15118CertificateHashData, or, when only the PEM chain came
 * (C07.FR.06), from hash data it computes itself with the responder named in the certificate's authorityInfoAccess.
 * The answer is the certificateStatus (C07.FR.14/16/17) and, for a chain that is not good, the idToken status Invalid.
 */
import { X509Certificate } from 'node:crypto';
import { certificateHashData, type CertificateHashData } from '../../../../pki/hash-data.js';
import { fetchOcsp, ocspRequestFor, readOcspResponse } from '../../../../pki/ocsp/client.js';
import type { Payload } from '../../../../rpc/codec.js';
import type { CsmsContext } from '../../types.js';
import type { Iso15118FaultName } from './ev-certificate.js';

type OcspData = CertificateHashData & { responderURL?: string };

export interface ContractRequest {
  certificate?: unknown;
  iso15118CertificateHashData?: unknown;
}

export interface ContractCheck {
  /** AuthorizeResponse.certificateStatus; undefined: leave it out. */
  certificateStatus?: string;
  /** The idTokenInfo.status the chain imposes (Invalid for revoked or unverifiable), else undefined: the eMAID's own. */
  tokenStatus?: string;
}

/** Within the station's message timeout: the CSMS answers Authorize after the responder answered. */
const OCSP_TIMEOUT_MS = 5_000;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Hash data (with responder) of the leaf of a PEM chain; undefined when the chain does not name its issuer or a responder. */
function hashDataOfChain(pem: string): OcspData | undefined {
  const [leaf, issuer] = pem.match(PEM_BLOCK) ?? [];
  if (!leaf || !issuer) return undefined;
  const url = /OCSP - URI:(\S+)/.exec(new X509Certificate(leaf).infoAccess ?? '')?.[1];
  return url ? { ...certificateHashData(leaf, issuer), responderURL: url } : undefined;
}

async function ocspStatus(ctx: CsmsContext<Iso15118FaultName>, data: OcspData): Promise<'good' | 'revoked' | 'unknown'> {
  if (!data.responderURL) return 'unknown';
  const der = await fetchOcsp(data.responderURL, ocspRequestFor(data), OCSP_TIMEOUT_MS);
  const statuses = readOcspResponse(der).certificates.map((c) => c.status);
  ctx.csms.log(`${ctx.session.stationId}: OCSP for contract chain serial ${data.serialNumber}: ${statuses.join(', ') || 'no answer'}`);
  return statuses.includes('revoked') ? 'revoked' : statuses.length && statuses.every((s) => s === 'good') ? 'good' : 'unknown';
}

/** Undefined when the Authorize carries no contract certificate data (not ISO 15118). */
export async function contractCheck(p: ContractRequest, ctx: CsmsContext<Iso15118FaultName>): Promise<ContractCheck | undefined> {
  const hashes = Array.isArray(p.iso15118CertificateHashData) ? (p.iso15118CertificateHashData as OcspData[]) : undefined;
  const pem = typeof p.certificate === 'string' ? p.certificate : undefined;
  if (!hashes?.length && !pem) return undefined;
  if (ctx.csms.hasFault('contract-ocsp-skipped')) return { certificateStatus: 'Accepted' };
  if (!hashes?.length && ctx.csms.hasFault('contract-certificate-ignored')) return {};
  let list: OcspData[];
  try {
    const own = hashes?.length ? undefined : hashDataOfChain(pem ?? '');
    list = hashes?.length ? hashes : own ? [own] : [];
  } catch (err) {
    ctx.csms.log(`${ctx.session.stationId}: contract certificate unreadable: ${(err as Error).message}`, 'warn');
    list = [];
  }
  if (!list.length) return { certificateStatus: 'CertChainError', tokenStatus: 'Invalid' };
  let statuses: string[];
  try {
    statuses = await Promise.all(list.map((d) => ocspStatus(ctx, d)));
  } catch (err) {
    ctx.csms.log(`${ctx.session.stationId}: contract OCSP failed: ${(err as Error).message}`, 'warn');
    return { certificateStatus: 'CertChainError', tokenStatus: 'Invalid' };
  }
  if (statuses.includes('revoked')) {
    return ctx.csms.hasFault('contract-revocation-ignored') ? { certificateStatus: 'Accepted' } : { certificateStatus: 'CertificateRevoked', tokenStatus: 'Invalid' };
  }
  if (statuses.some((s) => s !== 'good')) return { certificateStatus: 'CertChainError', tokenStatus: 'Invalid' };
  return { certificateStatus: 'Accepted' };
}

/** C07.FR.13/14: a good chain with an eMAID that is not accepted is ContractCancelled. */
export function withCertificateStatus(answer: Payload, check: ContractCheck): Payload {
  if (!check.certificateStatus) return answer;
  const status = (answer.idTokenInfo as Payload | undefined)?.status;
  const cancelled = check.certificateStatus === 'Accepted' && ['Blocked', 'Expired', 'Invalid', 'Unknown'].includes(String(status));
  return { ...answer, certificateStatus: cancelled ? 'ContractCancelled' : check.certificateStatus };
}

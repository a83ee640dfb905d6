/**
 * The contract certificate chain an EV presents for Plug & Charge (C07): its eMAID (the leaf's CN), the OCSP data of
 * each certificate (C07.FR.02) and whether the chain verifies up to one of the station's installed MO / V2G roots.
 */
import { X509Certificate } from 'node:crypto';
import { certificateHashData, type CertificateHashData } from '../../../../pki/hash-data.js';

export interface PresentedContract {
  emaid: string;
  /** Leaf first, then the sub-CAs (PEM each). */
  chain: string[];
  /** The whole chain, PEM concatenated (C07.FR.06: the certificate attribute). */
  chainPem: string;
}

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Splits a PEM chain; undefined when it holds no certificate (the operator's parameter is bad). */
export function presentedContract(chainPem: string): PresentedContract | undefined {
  const chain = chainPem.match(PEM)?.map((p) => `${p}\n`) ?? [];
  if (chain.length === 0) return undefined;
  const cn = /(?:^|\n)CN=([^\n]+)/.exec(new X509Certificate(chain[0] as string).subject)?.[1];
  if (!cn) return undefined;
  return { emaid: cn, chain, chainPem: chain.join('') };
}

const issued = (cert: X509Certificate, issuer: X509Certificate): boolean => cert.checkIssued(issuer) && cert.verify(issuer.publicKey);

/** The root (PEM) among `roots` the chain verifies up to, each certificate valid now; undefined when none. */
export function anchorOf(contract: PresentedContract, roots: string[]): string | undefined {
  const certs = contract.chain.map((p) => new X509Certificate(p));
  const now = Date.now();
  if (certs.some((c) => Date.parse(c.validFrom) > now || Date.parse(c.validTo) < now)) return undefined;
  for (let i = 0; i + 1 < certs.length; i++) if (!issued(certs[i] as X509Certificate, certs[i + 1] as X509Certificate)) return undefined;
  const top = certs[certs.length - 1] as X509Certificate;
  return roots.find((r) => {
    try {
      return issued(top, new X509Certificate(r));
    } catch {
      return false;
    }
  });
}

/** iso15118CertificateHashData (OCSPRequestDataType): each certificate of the chain with its issuer and its OCSP responder. */
export function ocspData(contract: PresentedContract, root: string): Array<CertificateHashData & { responderURL: string }> {
  const issuers = [...contract.chain.slice(1), root];
  return contract.chain.map((pem, i) => ({ ...certificateHashData(pem, issuers[i]), responderURL: responderOf(pem) }));
}

function responderOf(pem: string): string {
  return /OCSP - URI:(\S+)/.exec(new X509Certificate(pem).infoAccess ?? '')?.[1] ?? '';
}

/**
 * A Security, certificates as data: reading PEM chains, checking a signed chain against the CSR's key and
 * its hierarchy (A02.FR.06), and the hash data that names an installed certificate (M03-M05).
 */
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';

const MAX_CHAIN_SIZE = 10_000;

export interface HashData {
  hashAlgorithm: string;
  issuerNameHash: string;
  issuerKeyHash: string;
  serialNumber: string;
}

export function splitPem(pem: string): string[] {
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)?.map((p) => `${p}\n`) ?? [];
}

/** The certificate of a PEM, undefined when unreadable. */
export function readCertificate(pem: string): X509Certificate | undefined {
  try {
    return new X509Certificate(pem);
  } catch {
    return undefined;
  }
}

const normSerial = (s: string) => s.toLowerCase().replace(/^0+/, '');

/** Whether hash data names the certificate `wanted` names (hex case and leading zeros of the serial aside). */
export function sameHashData(h: HashData, wanted: HashData): boolean {
  return h.issuerNameHash.toLowerCase() === wanted.issuerNameHash.toLowerCase()
    && h.issuerKeyHash.toLowerCase() === wanted.issuerKeyHash.toLowerCase() && normSerial(h.serialNumber) === normSerial(wanted.serialNumber);
}

/** The hash data of a certificate, its issuer found among `issuers` (or itself); undefined when none signed it. */
export async function hashDataOf(pem: string, algorithm: string, issuers: readonly string[]): Promise<HashData | undefined> {
  const { certificateHashData } = await import('../../../../pki/hash-data.js');
  const alg = (['SHA256', 'SHA384', 'SHA512'].includes(algorithm) ? algorithm : 'SHA256') as 'SHA256' | 'SHA384' | 'SHA512';
  for (const issuer of [undefined, ...issuers]) {
    try {
      return certificateHashData(pem, issuer, alg);
    } catch {
      // not this issuer: try the next
    }
  }
  return undefined;
}

/** The installed roots a signed chain must end at (undefined: the hierarchy is not checked). */
export interface ChainAnchors {
  use: 'CSMSRootCertificate' | 'V2GRootCertificate';
  pems: readonly string[];
}

/**
 * What is wrong with a signed chain (undefined: nothing): its size, its readability, its validity period, the
 * key of the pending CSR (`keyPem`), its order and its hierarchy (A02.FR.06).
 */
export function chainProblem(chainPem: string, keyPem: string | undefined, anchors: ChainAnchors | undefined): string | undefined {
  if (chainPem.length > MAX_CHAIN_SIZE) return `chain over ${MAX_CHAIN_SIZE} characters`;
  const pems = splitPem(chainPem);
  if (!pems.length) return 'no PEM certificate';
  let certs: X509Certificate[];
  try {
    certs = pems.map((p) => new X509Certificate(p));
  } catch (err) {
    return `unreadable certificate: ${(err as Error).message}`;
  }
  const leaf = certs[0] as X509Certificate;
  const now = Date.now();
  if (Date.parse(leaf.validFrom) > now || Date.parse(leaf.validTo) < now) return 'not valid now';
  if (!keyPem) return 'no certificate signing request is pending';
  const expected = createPublicKey(createPrivateKey(keyPem)).export({ type: 'spki', format: 'der' });
  if (!leaf.publicKey.export({ type: 'spki', format: 'der' }).equals(expected)) return 'the certificate is not for the key of the last CSR';
  for (let i = 0; i + 1 < certs.length; i++) {
    const cert = certs[i] as X509Certificate;
    const issuer = certs[i + 1] as X509Certificate;
    if (!cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) return 'the chain is not in order';
  }
  return anchors ? hierarchyProblem(certs, anchors) : undefined;
}

/** The chain must end at an installed root of its hierarchy: CSMS root for the station certificate, V2G root for the V2G one. */
function hierarchyProblem(certs: readonly X509Certificate[], anchors: ChainAnchors): string | undefined {
  const roots = anchors.pems.flatMap((pem) => readCertificate(pem) ?? []);
  // Without a V2G root installed there is nothing to check a V2G chain against (ISO 15118 roots come with M05).
  if (!roots.length) return anchors.use === 'V2GRootCertificate' ? undefined : 'no CSMS root certificate is installed to verify it against';
  const top = certs[certs.length - 1] as X509Certificate;
  const anchored = roots.some((root) => top.fingerprint256 === root.fingerprint256 || (top.checkIssued(root) && top.verify(root.publicKey)));
  return anchored ? undefined : `not part of the ${anchors.use === 'V2GRootCertificate' ? 'V2G' : 'Charging Station Operator'} certificate hierarchy`;
}

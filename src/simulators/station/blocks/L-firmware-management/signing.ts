/**
 * The firmware checks of L01: the signing certificate must verify against an installed
 * ManufacturerRootCertificate and be valid now (L01.FR.21/22, X.509 rules of L01.FR.12); the
 * signature over the whole image must verify with it (L01.FR.04).
 */
import { X509Certificate } from 'node:crypto';
import { verifyFirmware } from '../../../../pki/firmware.js';

/** Why the signing certificate is not trusted, or undefined when it is. */
export function signingCertificateProblem(certPem: string, roots: readonly string[], now = Date.now()): string | undefined {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch {
    return 'the signing certificate is not a readable PEM certificate';
  }
  if (Date.parse(cert.validFrom) > now || Date.parse(cert.validTo) < now) return 'the signing certificate is not valid now';
  if (roots.length === 0) return 'no ManufacturerRootCertificate is installed';
  const trusted = roots.some((pem) => {
    try {
      const root = new X509Certificate(pem);
      return cert.checkIssued(root) && cert.verify(root.publicKey);
    } catch {
      return false;
    }
  });
  return trusted ? undefined : 'the signing certificate is not issued by an installed ManufacturerRootCertificate';
}

export function signatureHolds(image: Buffer, signatureB64: string, certPem: string): boolean {
  try {
    return verifyFirmware(image, signatureB64, certPem);
  } catch {
    return false;
  }
}

/** OCPP 2.0.1 CertificateHashDataType (section 2.6 of part 2): the OCSP CertID fields of RFC 6960. */
import { createHash, X509Certificate } from 'node:crypto';
import { HarnessError } from '../errors.js';
import { parseCertificate, pemToDer, serialHex, type ParsedCertificate } from './x509.js';

export type HashAlgorithm = 'SHA256' | 'SHA384' | 'SHA512';

export interface CertificateHashData {
  hashAlgorithm: HashAlgorithm;
  /** Hash of the DER issuer Name field of the certificate, lowercase hex. */
  issuerNameHash: string;
  /** Hash of the issuer's subjectPublicKey BIT STRING value (unused-bits octet excluded), lowercase hex. */
  issuerKeyHash: string;
  /** Serial number in lowercase hex without leading zeroes. */
  serialNumber: string;
}

const NODE_HASH: Record<HashAlgorithm, string> = { SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512' };

function parsePem(pem: string, what: string): { parsed: ParsedCertificate; x509: X509Certificate } {
  const der = pemToDer(pem, ['CERTIFICATE']);
  try {
    if (!der) throw new Error('no PEM CERTIFICATE block');
    return { parsed: parseCertificate(der), x509: new X509Certificate(der) };
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_PKI', `${what} is not a readable X.509 certificate: ${(err as Error).message}`, undefined, { cause: err });
  }
}

/**
 * Hash data of `certPem`, issued by `issuerCertPem` (omit it for a self-signed certificate).
 * Hex is lowercase: the specification defines no case, and lowercase is what OpenSSL prints.
 */
export function certificateHashData(certPem: string, issuerCertPem?: string, hashAlgorithm: HashAlgorithm = 'SHA256'): CertificateHashData {
  if (!(hashAlgorithm in NODE_HASH)) {
    throw new HarnessError('OCPPH_ERR_PKI', `unknown hash algorithm ${String(hashAlgorithm)} (SHA256, SHA384 or SHA512)`);
  }
  const cert = parsePem(certPem, 'the certificate');
  const issuer = issuerCertPem === undefined ? cert : parsePem(issuerCertPem, 'the issuer certificate');
  if (!cert.parsed.issuerName.equals(issuer.parsed.subjectName) || !cert.x509.verify(issuer.x509.publicKey)) {
    throw new HarnessError('OCPPH_ERR_PKI', `the certificate (${cert.x509.subject.replace(/\n/g, ', ')}) was not issued by the given issuer (${issuer.x509.subject.replace(/\n/g, ', ')})`);
  }
  const hash = (data: Buffer): string => createHash(NODE_HASH[hashAlgorithm]).update(data).digest('hex');
  return {
    hashAlgorithm,
    issuerNameHash: hash(cert.parsed.issuerName),
    issuerKeyHash: hash(issuer.parsed.publicKeyBits),
    serialNumber: serialHex(cert.parsed.serial),
  };
}

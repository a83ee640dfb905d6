/**
 * The RFC 6960 CertID: the hash algorithms OCSP uses and the conversion to and from OCPP 2.0.1's
 * CertificateHashDataType (the same three values, hex instead of bytes).
 */
import { createHash } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { CertID } from '@peculiar/asn1-ocsp';
import { HarnessError } from '../../errors.js';
import type { CertificateHashData, HashAlgorithm } from '../hash-data.js';
import { serialHex } from '../x509.js';

/** Digest OIDs a CertID may name: SHA-1 (what `openssl ocsp` uses unless told otherwise) and OCPP's three. */
export const DIGEST_OIDS: Readonly<Record<string, 'sha1' | 'sha256' | 'sha384' | 'sha512'>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

const OCPP_TO_OID: Record<HashAlgorithm, string> = {
  SHA256: '2.16.840.1.101.3.4.2.1',
  SHA384: '2.16.840.1.101.3.4.2.2',
  SHA512: '2.16.840.1.101.3.4.2.3',
};

export const hexOf = (bytes: ArrayBuffer | Uint8Array): string => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');

/** The digest of `data` with the CertID's hash algorithm; undefined for an algorithm OCSP here does not know. */
export function digestFor(certId: CertID, data: Buffer): string | undefined {
  const node = DIGEST_OIDS[certId.hashAlgorithm.algorithm];
  return node ? createHash(node).update(data).digest('hex') : undefined;
}

/** The CertID's serial as OCPP writes it: lowercase hex without leading zeroes. */
export const certIdSerial = (certId: CertID): string => serialHex(Buffer.from(new Uint8Array(certId.serialNumber)));

/** A CertID for OCPP hash data (GetCertificateStatusRequest's ocspRequestData, Authorize's iso15118CertificateHashData). */
export function certIdFromHashData(h: CertificateHashData): CertID {
  const oid = OCPP_TO_OID[h.hashAlgorithm];
  if (!oid) throw new HarnessError('OCPPH_ERR_PKI', `unknown hash algorithm ${String(h.hashAlgorithm)} in certificate hash data`);
  const bytes = (hex: string, what: string): Buffer => {
    if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length === 0) throw new HarnessError('OCPPH_ERR_PKI', `the ${what} of the certificate hash data is not hex: ${hex}`);
    return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  };
  let serial = bytes(h.serialNumber, 'serialNumber');
  if ((serial[0] ?? 0) & 0x80) serial = Buffer.concat([Buffer.from([0]), serial]); // a positive INTEGER
  return new CertID({
    hashAlgorithm: new AlgorithmIdentifier({ algorithm: oid, parameters: null }),
    issuerNameHash: new OctetString(bytes(h.issuerNameHash, 'issuerNameHash')),
    issuerKeyHash: new OctetString(bytes(h.issuerKeyHash, 'issuerKeyHash')),
    serialNumber: new Uint8Array(serial).buffer,
  });
}

/** The DER of a CertID (for comparing two of them byte for byte). */
export const certIdDer = (certId: CertID): Buffer => Buffer.from(AsnConvert.serialize(certId));

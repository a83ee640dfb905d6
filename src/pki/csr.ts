/**
 * PKCS#10 certificate signing requests: made by a simulated charging station (SignCertificate),
 * checked and signed by the harness playing the CSMS (CertificateSigned), RSA and ECDSA alike.
 */
import { createPrivateKey, createPublicKey, sign, verify, X509Certificate, type KeyObject } from 'node:crypto';
import { HarnessError } from '../errors.js';
import { TAG, childrenOf, content, encodeTlv, expectTag, readOid, readRoot, sequence, bitString, whole } from './der.js';
import {
  ACCEPTED_SIGNATURE_OIDS, describeKey, generateKeyPair, privateKeyPem, signatureAlgorithmFor, spkiDer,
} from './keys.js';
import type { KeySpec } from './roles.js';
import {
  bitStringBytes, computeKeyId, derToPem, encodeName, formatName, issueCertificate, nameAttribute,
  parseCertificate, pemToDer, subjectKeyId, type KeyUsageFlag, type NameAttribute,
} from './x509.js';

const CSR_LABELS = ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST'];
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

export interface CreateCsrOptions {
  commonName: string;
  organization?: string;
  /** ISO 3166 two-letter country code (ISO 15118 SECC certificates carry one). */
  country?: string;
  keyType: 'rsa' | 'ec';
  /** RSA modulus size, default 2048. */
  rsaBits?: number;
}

/** A new key pair and a CSR for it; the key is generated off the event loop. */
export async function createCsr(opts: CreateCsrOptions): Promise<{ csrPem: string; keyPem: string }> {
  const spec: KeySpec = opts.keyType === 'rsa' ? { keyType: 'rsa', keyBits: opts.rsaBits ?? 2048 } : { keyType: 'ec', curve: 'P-256' };
  const { privateKey } = await generateKeyPair(spec);
  const attrs: NameAttribute[] = [];
  if (opts.country !== undefined) attrs.push({ type: 'C', value: opts.country });
  if (opts.organization !== undefined) attrs.push({ type: 'O', value: opts.organization });
  attrs.push({ type: 'CN', value: opts.commonName });
  const alg = signatureAlgorithmFor(privateKey);
  const info = sequence(
    encodeTlv(TAG.INTEGER, Buffer.from([0])),
    encodeName(attrs),
    spkiDer(privateKey),
    encodeTlv(TAG.CONTEXT_0, Buffer.alloc(0)),
  );
  const der = sequence(info, alg.algorithmIdentifier, bitString(sign(alg.hash, info, privateKey)));
  return { csrPem: derToPem(der, 'CERTIFICATE REQUEST'), keyPem: privateKeyPem(privateKey) };
}

export interface CsrInfo {
  /** RFC 4514 subject, e.g. `CN=CS001,O=Test CSO`. */
  subject: string;
  commonName: string | undefined;
  organization: string | undefined;
  subjectName: Buffer;
  publicKey: KeyObject;
  key: KeySpec;
}

function csrError(message: string, details?: Record<string, unknown>, cause?: unknown): HarnessError {
  return new HarnessError('OCPPH_ERR_CSR', message, details, cause === undefined ? undefined : { cause });
}

/** Parses a PEM CSR and checks its self-signature; OCPPH_ERR_CSR on anything malformed or unsupported. */
export function inspectCsr(csrPem: string): CsrInfo {
  if (typeof csrPem !== 'string') throw csrError('the CSR is not a string');
  const der = pemToDer(csrPem, CSR_LABELS);
  if (!der) throw csrError('the CSR is not a PEM "CERTIFICATE REQUEST" block');
  let info: { cri: Buffer; subjectName: Buffer; spki: Buffer; sigOid: string; signature: Buffer };
  try {
    const root = readRoot(der, TAG.SEQUENCE);
    const [criTlv, algTlv, sigTlv] = childrenOf(der, root);
    const [versionTlv, subjectTlv, spkiTlv] = childrenOf(der, expectTag(criTlv, TAG.SEQUENCE, 'CertificationRequestInfo'));
    const version = content(der, expectTag(versionTlv, TAG.INTEGER, 'version'));
    if (version.length !== 1 || version[0] !== 0) throw new Error('version is not 0 (v1)');
    const [algOid] = childrenOf(der, expectTag(algTlv, TAG.SEQUENCE, 'signatureAlgorithm'));
    info = {
      cri: whole(der, criTlv as NonNullable<typeof criTlv>),
      subjectName: Buffer.from(whole(der, expectTag(subjectTlv, TAG.SEQUENCE, 'subject'))),
      spki: Buffer.from(whole(der, expectTag(spkiTlv, TAG.SEQUENCE, 'subjectPKInfo'))),
      sigOid: readOid(der, expectTag(algOid, TAG.OID, 'signature algorithm')),
      signature: bitStringBytes(der, expectTag(sigTlv, TAG.BIT_STRING, 'signature')),
    };
  } catch (err) {
    throw csrError(`the CSR is not a well-formed PKCS#10 request: ${(err as Error).message}`, undefined, err);
  }
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: info.spki, format: 'der', type: 'spki' });
  } catch (err) {
    throw csrError(`the CSR's public key cannot be read: ${(err as Error).message}`, undefined, err);
  }
  const key = describeKey(publicKey);
  if (!key) throw csrError(`the CSR's key type ${publicKey.asymmetricKeyType ?? 'unknown'} is not supported (RSA or ECDSA on a NIST curve)`);
  const alg = ACCEPTED_SIGNATURE_OIDS[info.sigOid];
  if (!alg) throw csrError(`the CSR's signature algorithm ${info.sigOid} is not supported (SHA-256/384/512 with RSA or ECDSA)`, { oid: info.sigOid });
  if (alg.keyType !== key.keyType) throw csrError(`the CSR's signature algorithm ${info.sigOid} does not fit its ${key.keyType} key`);
  let verified: boolean;
  try {
    verified = verify(alg.hash, info.cri, publicKey, info.signature);
  } catch {
    verified = false; // e.g. an ECDSA signature that is not valid DER
  }
  if (!verified) throw csrError('the CSR\'s self-signature does not verify');
  let subject: string;
  try {
    subject = formatName(info.subjectName);
  } catch (err) {
    throw csrError(`the CSR's subject cannot be read: ${(err as Error).message}`, undefined, err);
  }
  return {
    subject,
    commonName: nameAttribute(info.subjectName, 'CN'),
    organization: nameAttribute(info.subjectName, 'O'),
    subjectName: info.subjectName,
    publicKey,
    key,
  };
}

export interface SignCsrOptions {
  /** Required CN (the station's serial number, A00.FR.511); a mismatch throws OCPPH_ERR_CSR. */
  expectCommonName?: string;
  /** Required O (the CSO name, A00.FR.509); a mismatch throws OCPPH_ERR_CSR. */
  expectOrganization?: string;
  /** Default 365. */
  validityDays?: number;
  /** Default one hour ago, to tolerate a station clock that runs behind. */
  notBefore?: Date;
  /** Sign RSA keys below 2048 bits too (A00.FR.502 forbids them), for negative cases. */
  allowWeakKey?: boolean;
}

/**
 * Checks a CSR and issues the certificate (PEM) with `issuer`, copying the CSR's subject as is.
 * The certificate is a TLS client/server leaf: basicConstraints CA:FALSE, keyUsage by key type.
 */
export function signCsr(csrPem: string, issuer: { certPem: string; keyPem: string }, opts: SignCsrOptions = {}): string {
  const csr = inspectCsr(csrPem);
  if (opts.expectCommonName !== undefined && csr.commonName !== opts.expectCommonName) {
    throw csrError(`the CSR's CN is ${JSON.stringify(csr.commonName ?? null)}, expected ${JSON.stringify(opts.expectCommonName)}`,
      { field: 'CN', expected: opts.expectCommonName, actual: csr.commonName ?? null });
  }
  if (opts.expectOrganization !== undefined && csr.organization !== opts.expectOrganization) {
    throw csrError(`the CSR's O is ${JSON.stringify(csr.organization ?? null)}, expected ${JSON.stringify(opts.expectOrganization)}`,
      { field: 'O', expected: opts.expectOrganization, actual: csr.organization ?? null });
  }
  if (csr.key.keyType === 'rsa' && csr.key.keyBits < 2048 && !opts.allowWeakKey) {
    throw csrError(`the CSR's RSA key has ${csr.key.keyBits} bits; at least 2048 are required (A00.FR.502)`, { key: csr.key });
  }

  const issuerDer = pemToDer(issuer.certPem, ['CERTIFICATE']);
  let issuerKey: KeyObject;
  let issuerCert: ReturnType<typeof parseCertificate>;
  try {
    if (!issuerDer) throw new Error('no PEM CERTIFICATE block');
    issuerCert = parseCertificate(issuerDer);
    issuerKey = createPrivateKey(issuer.keyPem);
    if (!spkiDer(issuerKey).equals(new X509Certificate(issuerDer).publicKey.export({ type: 'spki', format: 'der' }))) {
      throw new Error('the key does not belong to the certificate');
    }
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_PKI', `unusable issuer for signing a CSR: ${(err as Error).message}`, undefined, { cause: err });
  }

  const notBefore = opts.notBefore ?? new Date(Date.now() - HOUR);
  const keyUsage: KeyUsageFlag[] = csr.key.keyType === 'rsa' ? ['digitalSignature', 'keyEncipherment'] : ['digitalSignature', 'keyAgreement'];
  return issueCertificate({
    subject: csr.subjectName,
    publicKey: csr.publicKey,
    issuer: { name: issuerCert.subjectName, privateKey: issuerKey, keyId: subjectKeyId(issuerCert) ?? computeKeyId(issuerCert.spki) },
    notBefore,
    notAfter: new Date(notBefore.getTime() + (opts.validityDays ?? 365) * DAY),
    keyUsage,
  }).pem;
}

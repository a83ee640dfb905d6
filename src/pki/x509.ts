/**
 * X.509 certificates, built with node-forge's ASN.1 and extension encoders and signed with
 * Node's crypto. forge's own certificate signing only knows RSA keys; splitting "build" from
 * "sign" gives one code path for RSA and ECDSA alike.
 */
import { createHash, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import forge from 'node-forge';
import {
  TAG, childrenOf, content, encodeTlv, expectTag, readOid, readRoot, sequence, bitString,
  unsignedInteger, whole, forgeToDer, type Tlv,
} from './der.js';
import { encodeOid, signatureAlgorithmFor, spkiDer } from './keys.js';

// ---------------------------------------------------------------- names

export type NameAttributeType = 'C' | 'O' | 'OU' | 'DC' | 'CN';

export interface NameAttribute {
  type: NameAttributeType;
  value: string;
}

const NAME_OIDS: Record<NameAttributeType, string> = {
  C: '2.5.4.6',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  DC: '0.9.2342.19200300.100.1.25',
  CN: '2.5.4.3',
};

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN', '2.5.4.5': 'serialNumber', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST', '2.5.4.10': 'O',
  '2.5.4.11': 'OU', '0.9.2342.19200300.100.1.25': 'DC', '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

/** A Name in encoding order (most significant first). C is a PrintableString, DC an IA5String, the rest UTF8String. */
export function encodeName(attrs: readonly NameAttribute[]): Buffer {
  const { asn1 } = forge;
  const rdns = attrs.map((a) => {
    const [tag, value] = a.type === 'C' ? [asn1.Type.PRINTABLESTRING, a.value]
      : a.type === 'DC' ? [asn1.Type.IA5STRING, a.value]
        : [asn1.Type.UTF8, forge.util.encodeUtf8(a.value)];
    return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(NAME_OIDS[a.type]).getBytes()),
        asn1.create(asn1.Class.UNIVERSAL, tag, false, value),
      ]),
    ]);
  });
  return forgeToDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, rdns));
}

export interface DecodedNameAttribute {
  oid: string;
  /** CN, O, DC, ... or the dotted OID when unknown. */
  shortName: string;
  value: string;
}

function decodeString(buf: Buffer, t: Tlv): string {
  const bytes = content(buf, t);
  switch (t.tag) {
    case 0x0c: return bytes.toString('utf8'); // UTF8String
    case 0x1e: { // BMPString (UCS-2, big endian)
      const swapped = Buffer.from(bytes);
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    default: return bytes.toString('latin1'); // PrintableString, IA5String, TeletexString
  }
}

/** The attributes of a DER Name, in encoding order. */
export function decodeName(nameDer: Buffer): DecodedNameAttribute[] {
  const root = readRoot(nameDer, TAG.SEQUENCE);
  const out: DecodedNameAttribute[] = [];
  for (const set of childrenOf(nameDer, root)) {
    for (const atv of childrenOf(nameDer, expectTag(set, TAG.SET, 'RelativeDistinguishedName'))) {
      const [typeTlv, valueTlv] = childrenOf(nameDer, expectTag(atv, TAG.SEQUENCE, 'AttributeTypeAndValue'));
      if (!typeTlv || !valueTlv) throw new Error('AttributeTypeAndValue is incomplete');
      const oid = readOid(nameDer, typeTlv);
      out.push({ oid, shortName: SHORT_NAMES[oid] ?? oid, value: decodeString(nameDer, valueTlv) });
    }
  }
  return out;
}

/** RFC 4514 string: least significant RDN first, `CN=CS001,O=Test CSO`. */
export function formatName(nameDer: Buffer): string {
  const escape = (v: string): string =>
    v.replace(/([,+"\\<>;=])/g, '\\$1').replace(/^([ #])/, '\\$1').replace(/ $/, '\\ ');
  return decodeName(nameDer).reverse().map((a) => `${a.shortName}=${escape(a.value)}`).join(',');
}

export function nameAttribute(nameDer: Buffer, shortName: string): string | undefined {
  return decodeName(nameDer).find((a) => a.shortName === shortName)?.value;
}

// ---------------------------------------------------------------- PEM

export function derToPem(der: Buffer, label: string): string {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

/** The first PEM block with one of the labels; undefined when there is none. */
export function pemToDer(pem: string, labels: readonly string[]): Buffer | undefined {
  const re = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
  for (let m = re.exec(pem); m; m = re.exec(pem)) {
    const [, label, body] = m;
    if (label && body !== undefined && labels.includes(label)) {
      const b64 = body.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return undefined;
      return Buffer.from(b64, 'base64');
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- parsing

export interface ParsedExtension {
  critical: boolean;
  /** Content of extnValue (the DER of the extension's own value). */
  value: Buffer;
}

export interface ParsedCertificate {
  der: Buffer;
  /** Big-endian magnitude of the serial number (no sign byte). */
  serial: Buffer;
  /** DER of the issuer Name, exactly as in the certificate. */
  issuerName: Buffer;
  subjectName: Buffer;
  notBefore: Date;
  notAfter: Date;
  /** DER SubjectPublicKeyInfo. */
  spki: Buffer;
  /** The subjectPublicKey BIT STRING's bytes, unused-bits octet excluded (what RFC 6960 and RFC 5280 hash). */
  publicKeyBits: Buffer;
  extensions: Map<string, ParsedExtension>;
}

export const EXT = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
} as const;

/** id-ad-ocsp (RFC 5280 4.2.2.1): the accessMethod of an OCSP responder in authorityInfoAccess. */
const ID_AD_OCSP = '1.3.6.1.5.5.7.48.1';

function decodeTime(buf: Buffer, t: Tlv): Date {
  const s = content(buf, t).toString('latin1');
  if (t.tag === 0x17) return forge.asn1.utcTimeToDate(s);
  if (t.tag === 0x18) return forge.asn1.generalizedTimeToDate(s);
  throw new Error('validity time is neither UTCTime nor GeneralizedTime');
}

/** Bytes of a BIT STRING with no unused bits. */
export function bitStringBytes(buf: Buffer, t: Tlv): Buffer {
  expectTag(t, TAG.BIT_STRING, 'BIT STRING');
  const c = content(buf, t);
  if (c.length === 0 || c[0] !== 0) throw new Error('BIT STRING with unused bits where whole bytes are expected');
  return c.subarray(1);
}

export function parseSpki(spki: Buffer): { algorithmOid: string; publicKeyBits: Buffer } {
  const root = readRoot(spki, TAG.SEQUENCE);
  const [alg, bits] = childrenOf(spki, root);
  const [algOid] = childrenOf(spki, expectTag(alg, TAG.SEQUENCE, 'AlgorithmIdentifier'));
  if (!algOid || !bits) throw new Error('SubjectPublicKeyInfo is incomplete');
  return { algorithmOid: readOid(spki, algOid), publicKeyBits: bitStringBytes(spki, bits) };
}

export function parseCertificate(der: Buffer): ParsedCertificate {
  const root = readRoot(der, TAG.SEQUENCE);
  const [tbs] = childrenOf(der, root);
  const fields = childrenOf(der, expectTag(tbs, TAG.SEQUENCE, 'TBSCertificate'));
  if (fields[0]?.tag === TAG.CONTEXT_0) fields.shift();
  const [serial, , issuer, validity, subject, spki, ...rest] = fields;
  expectTag(serial, TAG.INTEGER, 'serialNumber');
  const [nb, na] = childrenOf(der, expectTag(validity, TAG.SEQUENCE, 'validity'));
  if (!serial || !issuer || !subject || !spki || !nb || !na) throw new Error('TBSCertificate is incomplete');
  const spkiBytes = whole(der, expectTag(spki, TAG.SEQUENCE, 'subjectPublicKeyInfo'));
  const extensions = new Map<string, ParsedExtension>();
  const extsWrapper = rest.find((t) => t.tag === TAG.CONTEXT_3);
  if (extsWrapper) {
    const [list] = childrenOf(der, extsWrapper);
    for (const ext of childrenOf(der, expectTag(list, TAG.SEQUENCE, 'Extensions'))) {
      const parts = childrenOf(der, ext);
      const oid = readOid(der, expectTag(parts[0], TAG.OID, 'extnID'));
      const critical = parts.length === 3 && parts[1]?.tag === TAG.BOOLEAN && content(der, parts[1])[0] !== 0;
      const value = expectTag(parts[parts.length - 1], TAG.OCTET_STRING, 'extnValue');
      extensions.set(oid, { critical, value: Buffer.from(content(der, value)) });
    }
  }
  let magnitude = content(der, serial);
  while (magnitude.length > 1 && magnitude[0] === 0) magnitude = magnitude.subarray(1);
  return {
    der,
    serial: Buffer.from(magnitude),
    issuerName: Buffer.from(whole(der, expectTag(issuer, TAG.SEQUENCE, 'issuer'))),
    subjectName: Buffer.from(whole(der, expectTag(subject, TAG.SEQUENCE, 'subject'))),
    notBefore: decodeTime(der, nb),
    notAfter: decodeTime(der, na),
    spki: Buffer.from(spkiBytes),
    publicKeyBits: Buffer.from(parseSpki(spkiBytes).publicKeyBits),
    extensions,
  };
}

/** The subjectKeyIdentifier extension's key id, if the certificate has one. */
export function subjectKeyId(cert: ParsedCertificate): Buffer | undefined {
  const ext = cert.extensions.get(EXT.subjectKeyIdentifier);
  if (!ext) return undefined;
  const t = readRoot(ext.value, TAG.OCTET_STRING);
  return Buffer.from(content(ext.value, t));
}

/** RFC 5280 section 4.2.1.2 method (1): SHA-1 of the subjectPublicKey bits. */
export function computeKeyId(spki: Buffer): Buffer {
  return createHash('sha1').update(parseSpki(spki).publicKeyBits).digest();
}

/** Lowercase hex without leading zeroes (OCPP 2.0.1 CertificateHashDataType.serialNumber). */
export function serialHex(serial: Buffer): string {
  return serial.toString('hex').replace(/^0+(?=.)/, '');
}

// ---------------------------------------------------------------- building

export type KeyUsageFlag =
  | 'digitalSignature' | 'nonRepudiation' | 'keyEncipherment' | 'dataEncipherment' | 'keyAgreement'
  | 'keyCertSign' | 'cRLSign';

export interface CertificateIssuer {
  /** DER Name placed in the issuer field; for a self-signed certificate, the subject. */
  name: Buffer;
  privateKey: KeyObject;
  /** Goes into authorityKeyIdentifier. */
  keyId?: Buffer | undefined;
}

export interface CertificateTemplate {
  subject: Buffer;
  publicKey: KeyObject;
  issuer: CertificateIssuer;
  notBefore: Date;
  notAfter: Date;
  /** Present for a CA certificate. */
  ca?: { pathLen?: number } | undefined;
  keyUsage: readonly KeyUsageFlag[];
  altNames?: readonly string[] | undefined;
  serial?: Buffer | undefined;
  /** The OCSP responder URL put in authorityInfoAccess (e.g. an ISO 15118 contract certificate, OCPP C07). */
  ocspUrl?: string | undefined;
}

export interface IssuedCertificate {
  der: Buffer;
  pem: string;
  keyId: Buffer;
  serial: Buffer;
}

/** 16 random bytes, first byte 0x01..0x7f: positive, DER-minimal, not always starting with a hex zero. */
export function randomSerial(): Buffer {
  const b = randomBytes(16);
  b[0] = ((b[0] as number) % 0x7f) + 1;
  return b;
}

function encodeTime(d: Date): Buffer {
  const year = d.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? encodeTlv(0x17, Buffer.from(forge.asn1.dateToUtcTime(d), 'latin1'))
    : encodeTlv(0x18, Buffer.from(forge.asn1.dateToGeneralizedTime(d), 'latin1'));
}

interface ForgeExtension { id: string; critical?: boolean; value: forge.asn1.Asn1 | string }
const forgePki = forge.pki as unknown as { certificateExtensionToAsn1(ext: ForgeExtension): forge.asn1.Asn1 };

/** forge fills in the encodings of keyUsage, basicConstraints and subjectAltName. */
function encodeStandardExtensions(t: CertificateTemplate): Buffer[] {
  const holder = forge.pki.createCertificate();
  const exts: Record<string, unknown>[] = [
    t.ca
      ? { name: 'basicConstraints', critical: true, cA: true, ...(t.ca.pathLen !== undefined ? { pathLenConstraint: t.ca.pathLen } : {}) }
      : { name: 'basicConstraints', critical: true, cA: false },
    { name: 'keyUsage', critical: true, ...Object.fromEntries(t.keyUsage.map((k) => [k, true])) },
  ];
  if (t.altNames?.length) {
    exts.push({
      name: 'subjectAltName',
      altNames: t.altNames.map((n) => (isIP(n) ? { type: 7, ip: n } : { type: 2, value: n })),
    });
  }
  holder.setExtensions(exts);
  return (holder.extensions as ForgeExtension[]).map((e) => forgeToDer(forgePki.certificateExtensionToAsn1(e)));
}

function rawExtension(oid: string, value: Buffer): Buffer {
  return sequence(encodeOid(oid), encodeTlv(TAG.OCTET_STRING, value));
}

export function issueCertificate(t: CertificateTemplate): IssuedCertificate {
  const spki = spkiDer(t.publicKey);
  const keyId = computeKeyId(spki);
  const alg = signatureAlgorithmFor(t.issuer.privateKey);
  const serial = t.serial ?? randomSerial();
  const extensions = [
    ...encodeStandardExtensions(t),
    rawExtension(EXT.subjectKeyIdentifier, encodeTlv(TAG.OCTET_STRING, keyId)),
    ...(t.issuer.keyId ? [rawExtension(EXT.authorityKeyIdentifier, sequence(encodeTlv(0x80, t.issuer.keyId)))] : []),
    // AccessDescription { accessMethod id-ad-ocsp, accessLocation [6] uniformResourceIdentifier }
    ...(t.ocspUrl ? [rawExtension(EXT.authorityInfoAccess, sequence(sequence(encodeOid(ID_AD_OCSP), encodeTlv(0x86, Buffer.from(t.ocspUrl, 'ascii')))))] : []),
  ];
  const tbs = sequence(
    encodeTlv(TAG.CONTEXT_0, unsignedInteger(Buffer.from([2]))),
    unsignedInteger(serial),
    alg.algorithmIdentifier,
    t.issuer.name,
    sequence(encodeTime(t.notBefore), encodeTime(t.notAfter)),
    t.subject,
    spki,
    encodeTlv(TAG.CONTEXT_3, sequence(...extensions)),
  );
  const signature = sign(alg.hash, tbs, t.issuer.privateKey);
  const der = sequence(tbs, alg.algorithmIdentifier, bitString(signature));
  return { der, pem: derToPem(der, 'CERTIFICATE'), keyId, serial };
}

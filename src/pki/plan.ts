/**
 * What the test PKI contains: one declarative row per role, parents before children, and the
 * generator that turns the rows into keys and certificates.
 */
import type { KeyObject } from 'node:crypto';
import { generateKeyPair, privateKeyPem, type KeyPair } from './keys.js';
import {
  certFileName, keyFileName, type KeySpec, type ManifestEntry, type PkiParams, type PkiRole,
} from './roles.js';
import {
  encodeName, formatName, issueCertificate, serialHex, type KeyUsageFlag, type NameAttribute,
} from './x509.js';

const isoSeconds = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

type Validity = (now: number) => { notBefore: Date; notAfter: Date };
const window = (fromMs: number, toMs: number): Validity => (now) => ({ notBefore: new Date(now + fromMs), notAfter: new Date(now + toMs) });

/** Roots start two years back so the expired certificate still lies inside its issuer's validity. */
const ROOT = window(-730 * DAY, 3650 * DAY);
const SUB_CA = window(-730 * DAY, 1825 * DAY);
/** An hour back: a station whose clock runs a little behind still sees the certificate as valid. */
const LEAF = window(-HOUR, 365 * DAY);
const EXPIRED = window(-400 * DAY, -30 * DAY);
const NOT_YET_VALID = window(30 * DAY, 400 * DAY);

const RSA2048: KeySpec = { keyType: 'rsa', keyBits: 2048 };
const RSA1024: KeySpec = { keyType: 'rsa', keyBits: 1024 };
const P256: KeySpec = { keyType: 'ec', curve: 'P-256' };

const CA_USAGE: KeyUsageFlag[] = ['keyCertSign', 'cRLSign'];
const RSA_TLS_USAGE: KeyUsageFlag[] = ['digitalSignature', 'keyEncipherment'];
const EC_TLS_USAGE: KeyUsageFlag[] = ['digitalSignature', 'keyAgreement'];

interface RolePlan {
  role: PkiRole;
  key: KeySpec;
  /** undefined: self-signed. */
  issuer?: PkiRole;
  subject: (p: PkiParams) => NameAttribute[];
  validity: Validity;
  ca?: { pathLen?: number };
  keyUsage: KeyUsageFlag[];
  altNames?: (p: PkiParams) => string[];
}

const name = (attrs: Partial<Record<'DC' | 'O' | 'CN', string>>): NameAttribute[] =>
  (['DC', 'O', 'CN'] as const).flatMap((type) => (attrs[type] === undefined ? [] : [{ type, value: attrs[type] }]));

/** The CSMS host plus the loopback addresses, so a local run can connect by name or address. */
const serverNames = (p: PkiParams): string[] => [...new Set([p.csmsHost, '127.0.0.1', '::1'])];
const serverSubject = (p: PkiParams): NameAttribute[] => name({ O: p.org, CN: p.csmsHost });
const stationSubject = (p: PkiParams): NameAttribute[] => name({ O: p.org, CN: p.stationId });

const MO_ORG = 'Test MO';
const OEM_ORG = 'Test OEM';
const MANUFACTURER_ORG = 'Test Manufacturer';
/** ISO 15118-2 provisioning certificate id (PCID) of the test vehicle. */
export const TEST_VEHICLE_PCID = 'TESTPCID000000001';
export const WRONG_HOST = 'wrong-host.invalid';

export const PLAN: readonly RolePlan[] = [
  // CSO hierarchy (OCPP 2.0.1 A00.FR.4xx/5xx/6xx)
  { role: 'csms-root', key: RSA2048, subject: (p) => name({ O: p.org, CN: `${p.org} CSMS Root CA` }), validity: ROOT, ca: {}, keyUsage: CA_USAGE },
  { role: 'csms-server-rsa', key: RSA2048, issuer: 'csms-root', subject: serverSubject, validity: LEAF, keyUsage: RSA_TLS_USAGE, altNames: serverNames },
  { role: 'csms-server-ecdsa', key: P256, issuer: 'csms-root', subject: serverSubject, validity: LEAF, keyUsage: EC_TLS_USAGE, altNames: serverNames },
  { role: 'cso-sub-ca', key: RSA2048, issuer: 'csms-root', subject: (p) => name({ O: p.org, CN: `${p.org} CSO Sub-CA` }), validity: SUB_CA, ca: { pathLen: 0 }, keyUsage: CA_USAGE },
  { role: 'station', key: RSA2048, issuer: 'cso-sub-ca', subject: stationSubject, validity: LEAF, keyUsage: RSA_TLS_USAGE },
  // negative material: each differs from a good certificate in one respect only
  { role: 'expired-server', key: RSA2048, issuer: 'csms-root', subject: serverSubject, validity: EXPIRED, keyUsage: RSA_TLS_USAGE, altNames: serverNames },
  { role: 'not-yet-valid-server', key: RSA2048, issuer: 'csms-root', subject: serverSubject, validity: NOT_YET_VALID, keyUsage: RSA_TLS_USAGE, altNames: serverNames },
  { role: 'unknown-ca', key: RSA2048, subject: () => name({ O: 'Unknown CA', CN: 'Unknown Test Root CA' }), validity: ROOT, ca: {}, keyUsage: CA_USAGE },
  { role: 'unknown-ca-server', key: RSA2048, issuer: 'unknown-ca', subject: serverSubject, validity: LEAF, keyUsage: RSA_TLS_USAGE, altNames: serverNames },
  { role: 'wrong-host-server', key: RSA2048, issuer: 'csms-root', subject: (p) => name({ O: p.org, CN: WRONG_HOST }), validity: LEAF, keyUsage: RSA_TLS_USAGE, altNames: () => [WRONG_HOST] },
  { role: 'weak-rsa-server', key: RSA1024, issuer: 'csms-root', subject: serverSubject, validity: LEAF, keyUsage: RSA_TLS_USAGE, altNames: serverNames },
  { role: 'self-signed-station', key: RSA2048, subject: stationSubject, validity: LEAF, keyUsage: RSA_TLS_USAGE },
  // ISO 15118-2 (ECDSA P-256 throughout, DC names the PKI branch)
  { role: 'v2g-root', key: P256, subject: (p) => name({ DC: 'V2G', O: p.org, CN: 'V2G Root CA' }), validity: ROOT, ca: {}, keyUsage: CA_USAGE },
  { role: 'cpo-sub-ca1', key: P256, issuer: 'v2g-root', subject: (p) => name({ DC: 'CPO', O: p.org, CN: 'CPO Sub-CA 1' }), validity: SUB_CA, ca: { pathLen: 1 }, keyUsage: CA_USAGE },
  { role: 'cpo-sub-ca2', key: P256, issuer: 'cpo-sub-ca1', subject: (p) => name({ DC: 'CPO', O: p.org, CN: 'CPO Sub-CA 2' }), validity: SUB_CA, ca: { pathLen: 0 }, keyUsage: CA_USAGE },
  { role: 'secc', key: P256, issuer: 'cpo-sub-ca2', subject: (p) => name({ DC: 'CPO', O: p.org, CN: p.seccId }), validity: LEAF, keyUsage: EC_TLS_USAGE },
  { role: 'mo-root', key: P256, subject: () => name({ O: MO_ORG, CN: 'MO Root CA' }), validity: ROOT, ca: {}, keyUsage: CA_USAGE },
  { role: 'mo-sub-ca', key: P256, issuer: 'mo-root', subject: () => name({ DC: 'MO', O: MO_ORG, CN: 'MO Sub-CA' }), validity: SUB_CA, ca: { pathLen: 0 }, keyUsage: CA_USAGE },
  { role: 'contract', key: P256, issuer: 'mo-sub-ca', subject: (p) => name({ DC: 'MO', O: MO_ORG, CN: p.emaid }), validity: LEAF, keyUsage: ['digitalSignature', 'nonRepudiation', 'keyAgreement'] },
  { role: 'oem-root', key: P256, subject: () => name({ O: OEM_ORG, CN: 'OEM Root CA' }), validity: ROOT, ca: {}, keyUsage: CA_USAGE },
  { role: 'oem-sub-ca', key: P256, issuer: 'oem-root', subject: () => name({ DC: 'OEM', O: OEM_ORG, CN: 'OEM Sub-CA' }), validity: SUB_CA, ca: { pathLen: 0 }, keyUsage: CA_USAGE },
  { role: 'vehicle', key: P256, issuer: 'oem-sub-ca', subject: () => name({ DC: 'OEM', O: OEM_ORG, CN: TEST_VEHICLE_PCID }), validity: LEAF, keyUsage: EC_TLS_USAGE },
  // manufacturer hierarchy (firmware signing, OCPP 2.0.1 L01)
  { role: 'manufacturer-root', key: RSA2048, subject: () => name({ O: MANUFACTURER_ORG, CN: 'Manufacturer Root CA' }), validity: ROOT, ca: {}, keyUsage: CA_USAGE },
  { role: 'firmware-signing', key: RSA2048, issuer: 'manufacturer-root', subject: () => name({ O: MANUFACTURER_ORG, CN: 'Firmware Signing' }), validity: LEAF, keyUsage: ['digitalSignature'] },
];

export interface GeneratedRole {
  entry: ManifestEntry;
  certPem: string;
  keyPem: string;
}

interface Issued {
  name: Buffer;
  keyId: Buffer;
  privateKey: KeyObject;
}

/** Generates every role; keys are made in parallel on the thread pool, certificates in plan order. */
export async function generatePki(params: PkiParams, at = Date.now()): Promise<GeneratedRole[]> {
  const now = Math.floor(at / 1000) * 1000; // certificate times have whole seconds
  const keys: KeyPair[] = await Promise.all(PLAN.map((r) => generateKeyPair(r.key)));
  const issued = new Map<PkiRole, Issued>();
  return PLAN.map((r, i) => {
    const key = keys[i] as KeyPair;
    const subject = encodeName(r.subject(params));
    const issuer = r.issuer ? issued.get(r.issuer) : undefined;
    if (r.issuer && !issuer) throw new Error(`plan lists ${r.role} before its issuer ${r.issuer}`);
    const { notBefore, notAfter } = r.validity(now);
    const cert = issueCertificate({
      subject,
      publicKey: key.publicKey,
      issuer: issuer ? { name: issuer.name, privateKey: issuer.privateKey, keyId: issuer.keyId } : { name: subject, privateKey: key.privateKey },
      notBefore,
      notAfter,
      ca: r.ca,
      keyUsage: r.keyUsage,
      altNames: r.altNames?.(params),
    });
    issued.set(r.role, { name: subject, keyId: cert.keyId, privateKey: key.privateKey });
    const entry: ManifestEntry = {
      role: r.role,
      file: certFileName(r.role),
      keyFile: keyFileName(r.role),
      subject: formatName(subject),
      issuer: formatName(issuer?.name ?? subject),
      issuerRole: r.issuer ?? null,
      serialNumber: serialHex(cert.serial),
      notBefore: isoSeconds(notBefore),
      notAfter: isoSeconds(notAfter),
      ...r.key,
    };
    return { entry, certPem: cert.pem, keyPem: privateKeyPem(key.privateKey) };
  });
}

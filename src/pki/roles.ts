/** The certificates of the test PKI, by role, and the manifest that lists them. */

export const PKI_ROLES = [
  'csms-root',
  'csms-server-rsa',
  'csms-server-ecdsa',
  'cso-sub-ca',
  'station',
  'expired-server',
  'not-yet-valid-server',
  'unknown-ca',
  'unknown-ca-server',
  'wrong-host-server',
  'weak-rsa-server',
  'self-signed-station',
  'v2g-root',
  'cpo-sub-ca1',
  'cpo-sub-ca2',
  'secc',
  'mo-root',
  'mo-sub-ca',
  'contract',
  'oem-root',
  'oem-sub-ca',
  'vehicle',
  'manufacturer-root',
  'firmware-signing',
] as const;

export type PkiRole = (typeof PKI_ROLES)[number];

export function isPkiRole(v: unknown): v is PkiRole {
  return typeof v === 'string' && (PKI_ROLES as readonly string[]).includes(v);
}

export type EcCurve = 'P-256' | 'P-384' | 'P-521';

export type KeySpec = { keyType: 'rsa'; keyBits: number } | { keyType: 'ec'; curve: EcCurve };

interface ManifestEntryBase {
  role: PkiRole;
  /** Certificate file (PEM), relative to the PKI folder. */
  file: string;
  /** Private key file (PKCS#8 PEM, mode 0600), relative to the PKI folder. */
  keyFile: string;
  /** RFC 4514 string, e.g. `CN=CS001,O=Test CSO`. */
  subject: string;
  issuer: string;
  /** Role of the issuing certificate; null when self-signed. */
  issuerRole: PkiRole | null;
  /** Lowercase hex, no leading zeroes. */
  serialNumber: string;
  /** ISO 8601. */
  notBefore: string;
  notAfter: string;
}

export type ManifestEntry = ManifestEntryBase & KeySpec;

/** `manifest.json`: one entry per certificate, parents before children. */
export type PkiManifest = ManifestEntry[];

/** What a PKI was generated for; read back from its certificates. */
export interface PkiParams {
  /** CN (and subjectAltName) of the CSMS server certificates. */
  csmsHost: string;
  /** CN of the charging-station certificate (OCPP 2.0.1 A00.FR.511). */
  stationId: string;
  /** O of the CSO hierarchy (A00.FR.404, A00.FR.509). */
  org: string;
  /** CN of the ISO 15118 SECC certificate. */
  seccId: string;
  /** CN of the ISO 15118 contract certificate. */
  emaid: string;
}

export const DEFAULT_PKI_PARAMS: PkiParams = {
  csmsHost: 'localhost',
  stationId: 'CS001',
  org: 'Test CSO',
  seccId: 'CS001',
  emaid: 'NLTSTC00000001',
};

export const MANIFEST_FILE = 'manifest.json';

export const certFileName = (role: PkiRole): string => `${role}.cert.pem`;
export const keyFileName = (role: PkiRole): string => `${role}.key.pem`;

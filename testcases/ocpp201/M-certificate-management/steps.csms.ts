/**
 * Steps shared by the M cases (CSMS under test): Reusable States CertificateInstalled (Part 6 table 709) and
 * GetInstalledCertificates (table 708). "The configured certificate of the specified certificateType" is the
 * test PKI's (`ocpp-harness certs init`): the operator sets the CSMS up to install those.
 */
import { X509Certificate } from 'node:crypto';
import { certificateHashData, type CaseContext, type HashAlgorithm, type PkiRole, type Received, type Request, type Response } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;
export type CsmsRootType = Request<'2.0.1', 'InstallCertificate'>['certificateType'];
export type IdsType = NonNullable<Request<'2.0.1', 'GetInstalledCertificateIds'>['certificateType']>[number];

/** The test PKI certificate configured for each certificateType. */
export const CONFIGURED_ROLE: Readonly<Record<CsmsRootType, PkiRole>> = {
  CSMSRootCertificate: 'csms-root',
  ManufacturerRootCertificate: 'manufacturer-root',
  V2GRootCertificate: 'v2g-root',
  MORootCertificate: 'mo-root',
};

const fingerprint = (pem: string): string | undefined => {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return undefined;
  }
};

/**
 * Reusable State CertificateInstalled (CSMS): the operator triggers InstallCertificate for `type`; the OCTT answers
 * `status`. Step 1 validations: certificateType is `type`, certificate is the configured certificate of that type.
 */
export async function certificateInstalled(ctx: Ctx, type: CsmsRootType, status: 'Accepted' | 'Failed' = 'Accepted'): Promise<Received<'2.0.1', 'InstallCertificate'>> {
  const { expect } = ctx;
  const pki = await ctx.pki();
  const configured = pki.get(CONFIGURED_ROLE[type]).certPem;
  // Manual Action (the operator has the CSMS install the configured certificate); 1. InstallCertificateRequest; 2. InstallCertificateResponse `status`.
  const call = await csmsRequest(ctx, 'InstallCertificate', () => ({ status }), { hint: { certificateType: type, certificate: configured } });
  expect(call.payload.certificateType, 'CertificateInstalled step 1: InstallCertificateRequest certificateType').to.equal(type);
  const sent = String(call.payload.certificate);
  expect(/-----BEGIN CERTIFICATE-----/.test(sent) && fingerprint(sent) !== undefined, 'CertificateInstalled step 1: InstallCertificateRequest certificate is a PEM encoded X.509 certificate').to.equal(true);
  expect(fingerprint(sent) === fingerprint(configured), `CertificateInstalled step 1: the certificate is the configured ${type} (test PKI ${CONFIGURED_ROLE[type]})`).to.equal(true);
  return call;
}

/** The configured V2G certificate chain (TC_M_15_CSMS): the SECC leaf under CPO Sub-CA 2 and Sub-CA 1 (M03.FR.05: sub-CAs as children). */
const V2G_CHAIN: ReadonlyArray<readonly [PkiRole, PkiRole]> = [['secc', 'cpo-sub-ca2'], ['cpo-sub-ca2', 'cpo-sub-ca1'], ['cpo-sub-ca1', 'v2g-root']];

/** One certificateHashDataChain entry of a GetInstalledCertificateIdsResponse. */
export type ListedEntry = NonNullable<Response<'2.0.1', 'GetInstalledCertificateIds'>['certificateHashDataChain']>[number];

/** The entry the OCTT lists for `type`: the configured certificate's hash data in `algorithm` (the V2G chain with its sub-CAs as children). */
async function listedEntry(ctx: Ctx, type: IdsType, algorithm: HashAlgorithm): Promise<ListedEntry> {
  const pki = await ctx.pki();
  if (type === 'V2GCertificateChain') {
    const [leaf, ...subCas] = V2G_CHAIN.map(([role, issuer]) => certificateHashData(pki.get(role).certPem, pki.get(issuer).certPem, algorithm));
    return { certificateType: type, certificateHashData: leaf!, childCertificateHashData: subCas };
  }
  return { certificateType: type, certificateHashData: certificateHashData(pki.get(CONFIGURED_ROLE[type]).certPem, undefined, algorithm) };
}

/**
 * Reusable State GetInstalledCertificates (CSMS): the operator triggers GetInstalledCertificateIds for `types`
 * (undefined: without certificateType); the OCTT answers with the hash data of the configured certificates of those
 * types (hashed with `algorithm`, TC_M_12_CSMS), or NotFound when `found` is false. Step 1 validation: certificateType
 * is the specified one (omitted for none). Returns the request and what the OCTT listed.
 */
export async function getInstalledCertificates(ctx: Ctx, types: IdsType[] | undefined, found = true, algorithm: HashAlgorithm = 'SHA256'): Promise<Received<'2.0.1', 'GetInstalledCertificateIds'> & { listed: ListedEntry[] }> {
  const { expect } = ctx;
  const listedTypes = types ?? (Object.keys(CONFIGURED_ROLE) as CsmsRootType[]);
  const chain = await Promise.all(listedTypes.map((t) => listedEntry(ctx, t, algorithm)));
  // Manual Action; 1. GetInstalledCertificateIdsRequest; 2. the response with the configured certificates' hash data.
  const call = await csmsRequest(ctx, 'GetInstalledCertificateIds', () => (found ? { status: 'Accepted' as const, certificateHashDataChain: chain } : { status: 'NotFound' as const }),
    types ? { hint: { certificateType: types } } : {});
  const asked = call.payload.certificateType;
  if (types) {
    expect([...(asked ?? [])].sort(), 'GetInstalledCertificates step 1: GetInstalledCertificateIdsRequest certificateType').to.deep.equal([...types].sort());
  } else {
    expect(asked, 'TC_M_18_CSMS step 1: GetInstalledCertificateIdsRequest certificateType is omitted').to.equal(undefined);
  }
  return Object.assign(call, { listed: found ? chain : [] });
}

/** CertificateHashDataType fields compare as hex (case-insensitive); a serial number without leading zeroes. */
function sameHashData(a: Record<string, unknown> | undefined, b: Record<string, unknown>): boolean {
  if (!a) return false;
  const norm = (k: string, v: unknown) => (k === 'serialNumber' ? String(v ?? '').toLowerCase().replace(/^0+(?=.)/, '') : String(v ?? '').toLowerCase());
  return ['hashAlgorithm', 'issuerNameHash', 'issuerKeyHash', 'serialNumber'].every((k) => norm(k, a[k]) === norm(k, b[k]));
}

/**
 * TC_M_20/21_CSMS: the CSMS, asked to delete the CSMSRootCertificate, first lists the installed certificates. The OCTT
 * answers Accepted with the configured CSMS root hashed with `algorithm`. Validation (`step`): certificateType contains
 * CSMSRootCertificate OR is omitted. Returns the hash data the OCTT returned.
 */
export async function listedForDeletion(ctx: Ctx, algorithm: HashAlgorithm, step: string): Promise<ListedEntry['certificateHashData']> {
  const entry = await listedEntry(ctx, 'CSMSRootCertificate', algorithm);
  const call = await csmsRequest(ctx, 'GetInstalledCertificateIds', () => ({ status: 'Accepted' as const, certificateHashDataChain: [entry] }),
    { hint: { certificateType: ['CSMSRootCertificate'] }, requirement: `${step} (GetInstalledCertificateIdsRequest)` });
  const asked = call.payload.certificateType;
  ctx.expect(asked === undefined || asked.includes('CSMSRootCertificate'), `${step}: GetInstalledCertificateIdsRequest certificateType contains CSMSRootCertificate OR is omitted`).to.equal(true);
  return entry.certificateHashData;
}

/**
 * TC_M_20/21_CSMS: the CSMS sends DeleteCertificateRequest for what the OCTT listed; the OCTT answers `status`.
 * Validation (`step`): certificateHashData is the hash data the OCTT returned (all four fields, in its algorithm).
 */
export async function deleteRequested(ctx: Ctx, listed: ListedEntry['certificateHashData'], status: 'Accepted' | 'Failed', step: string): Promise<void> {
  const call = await csmsRequest(ctx, 'DeleteCertificate', () => ({ status }), { hint: { certificateHashData: { ...listed } }, requirement: `${step} (DeleteCertificateRequest)` });
  const sent = call.payload.certificateHashData as unknown as Record<string, unknown> | undefined;
  ctx.log(`DeleteCertificateRequest names ${String(sent?.hashAlgorithm)} serial ${String(sent?.serialNumber)}`);
  ctx.expect(sameHashData(sent, listed as unknown as Record<string, unknown>),
    `${step}: DeleteCertificateRequest certificateHashData is the certificateHashData the OCTT returned (${listed.hashAlgorithm})`).to.equal(true);
}

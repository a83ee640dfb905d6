/**
 * Steps shared by the M cases (charging station under test): the configured root certificate of each
 * type, Reusable State GetInstalledCertificates (Part 6 table 438), the hash data comparison of the
 * validations, and putting back what a case installed.
 */
import { CaseInconclusive, certificateHashData, type CaseContext, type HashAlgorithm, type Payload, type PkiRole, type Request } from '../../kit.js';

export type RootType = Exclude<Request<'2.0.1', 'InstallCertificate'>['certificateType'], never>;
type Ctx = CaseContext<'2.0.1', 'CS'>;

/** An installed certificate as GetInstalledCertificateIdsResponse lists it. */
export interface ListedCertificate {
  certificateType: string;
  certificateHashData: HashDataOf;
}

/** CertificateHashDataType as the station sends it (and DeleteCertificateRequest takes it back). */
export type HashDataOf = Request<'2.0.1', 'DeleteCertificate'>['certificateHashData'];

/**
 * The test PKI certificate a case installs for each type ("the configured certificate of the specified
 * certificateType"). CSMSRootCertificate is a second root ("Root 2", TC_M_01) next to the one the station
 * verifies the harness with; a station with AdditionalRootCertificateCheck (AS-2) only takes a root signed by
 * the old one (TC_M_01 note): the CSO sub-CA, issued by the CSMS root.
 */
export function configuredRole(ctx: Ctx, type: RootType): { role: PkiRole; issuer?: PkiRole } {
  switch (type) {
    case 'CSMSRootCertificate': return ctx.ics.features.includes('AS-2') ? { role: 'cso-sub-ca', issuer: 'csms-root' } : { role: 'unknown-ca' };
    case 'ManufacturerRootCertificate': return { role: 'manufacturer-root' };
    case 'V2GRootCertificate': return { role: 'v2g-root' };
    case 'MORootCertificate': return { role: 'mo-root' };
  }
}

const lower = (v: unknown): string => String(v ?? '').toLowerCase();
/** Serial numbers compare without leading zeroes (CertificateHashDataType writes none, some stations pad); hashes compare whole. */
const serial = (v: unknown): string => lower(v).replace(/^0+(?=.)/, '');

/** Whether `listed` is the hash data of `certPem` (issued by `issuerPem`; self-signed when omitted), in the algorithm the station chose. */
export function isHashOf(listed: HashDataOf | undefined, certPem: string, issuerPem?: string): boolean {
  if (!listed) return false;
  const alg = String(listed.hashAlgorithm) as HashAlgorithm;
  if (!['SHA256', 'SHA384', 'SHA512'].includes(alg)) return false;
  const want = certificateHashData(certPem, issuerPem, alg);
  return lower(listed.issuerNameHash) === want.issuerNameHash && lower(listed.issuerKeyHash) === want.issuerKeyHash && serial(listed.serialNumber) === serial(want.serialNumber);
}

/** The configured certificate of `type` and its issuer, as PEM. */
export async function configuredCertificate(ctx: Ctx, type: RootType): Promise<{ pem: string; issuerPem?: string }> {
  const pki = await ctx.pki();
  const { role, issuer } = configuredRole(ctx, type);
  return { pem: pki.get(role).certPem, ...(issuer ? { issuerPem: pki.get(issuer).certPem } : {}) };
}

/** GetInstalledCertificateIds (ungraded): what the station lists of `types` (all when omitted). */
export async function listInstalled(ctx: Ctx, types?: Request<'2.0.1', 'GetInstalledCertificateIds'>['certificateType']): Promise<ListedCertificate[]> {
  const res = await ctx.sut.callRaw('GetInstalledCertificateIds', types ? { certificateType: types } : {});
  if (res.kind !== 'result') return [];
  return ((res.payload as Payload).certificateHashDataChain as ListedCertificate[] | undefined) ?? [];
}

/**
 * Reusable State GetInstalledCertificates for `type`: GetInstalledCertificateIdsResponse status Accepted (M03.FR.03),
 * with an entry of that type carrying the hash data of the configured certificate (M03.FR.04). Returns the list.
 */
export async function getInstalledCertificates(ctx: Ctx, types: RootType[], expected: Array<{ type: RootType; pem: string; issuerPem?: string }>): Promise<ListedCertificate[]> {
  const { sut, expect } = ctx;
  // 1. GetInstalledCertificateIdsRequest with certificateType <Specified certificateType>.
  const res = await sut.call('GetInstalledCertificateIds', { certificateType: types });
  // 2. GetInstalledCertificateIdsResponse: Accepted, with the configured certificate's hash data.
  expect(res.status, 'M03.FR.03: GetInstalledCertificateIdsResponse status').to.equal('Accepted');
  const chain = (res.certificateHashDataChain as ListedCertificate[] | undefined) ?? [];
  ctx.log(`listed: ${chain.map((c) => `${c.certificateType} serial ${c.certificateHashData.serialNumber} (${c.certificateHashData.hashAlgorithm} ${c.certificateHashData.issuerKeyHash.slice(0, 12)}...)`).join('; ') || 'nothing'}`);
  for (const e of expected) {
    expect(chain.some((c) => c.certificateType === e.type && isHashOf(c.certificateHashData, e.pem, e.issuerPem)),
      `M03.FR.04: certificateHashDataChain has a ${e.type} entry with the hash data of the configured certificate`).to.equal(true);
  }
  return chain;
}

/**
 * Runs `body` with the configured certificate of each type known to be installed, and afterwards deletes
 * (ungraded) each one the station did not hold before: a case leaves the station's trust store as it found it.
 */
export async function restoringCertificates<T>(ctx: Ctx, types: RootType[], body: () => Promise<T>): Promise<T> {
  const before = await listInstalled(ctx);
  const certs = await Promise.all(types.map(async (type) => ({ type, ...(await configuredCertificate(ctx, type)) })));
  const fresh = certs.filter((c) => !before.some((b) => isHashOf(b.certificateHashData, c.pem, c.issuerPem)));
  try {
    return await body();
  } finally {
    if (ctx.sut.isConnected()) {
      const now = await listInstalled(ctx).catch(() => [] as ListedCertificate[]);
      for (const c of fresh) {
        const entry = now.find((n) => isHashOf(n.certificateHashData, c.pem, c.issuerPem));
        if (entry) await ctx.sut.callRaw('DeleteCertificate', { certificateHashData: entry.certificateHashData }).catch(() => undefined);
      }
    }
  }
}

/**
 * Memory State CertificateInstalled in a case's Before: established, not graded. A station that refuses
 * the certificate leaves the case INCONCLUSIVE, naming it.
 */
export async function installedForCase(ctx: Ctx, type: RootType, pem: string): Promise<void> {
  const res = await ctx.sut.callRaw('InstallCertificate', { certificateType: type, certificate: pem });
  const status = res.kind === 'result' ? String((res.payload as Payload).status) : res.kind;
  if (status !== 'Accepted') throw new CaseInconclusive(`Memory State CertificateInstalled: the station answered the InstallCertificate for the configured ${type} with ${status}`);
}

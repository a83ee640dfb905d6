/**
 * Steps shared by the M cases (CSMS under test): Reusable States CertificateInstalled (Part 6 table 709) and
 * GetInstalledCertificates (table 708). "The configured certificate of the specified certificateType" is the
 * test PKI's (`ocpp-harness certs init`): the operator sets the CSMS up to install those.
 */
import { X509Certificate } from 'node:crypto';
import { certificateHashData, type CaseContext, type PkiRole, type Received, type Request } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;
export type CsmsRootType = Request<'2.0.1', 'InstallCertificate'>['certificateType'];
type IdsType = NonNullable<Request<'2.0.1', 'GetInstalledCertificateIds'>['certificateType']>[number];

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

/**
 * Reusable State GetInstalledCertificates (CSMS): the operator triggers GetInstalledCertificateIds for `types`
 * (undefined: without certificateType); the OCTT answers with the hash data of the configured certificates of those
 * types, or NotFound when `found` is false. Step 1 validation: certificateType is the specified one (omitted for none).
 */
export async function getInstalledCertificates(ctx: Ctx, types: CsmsRootType[] | undefined, found = true): Promise<Received<'2.0.1', 'GetInstalledCertificateIds'>> {
  const { expect } = ctx;
  const pki = await ctx.pki();
  const listed = types ?? (Object.keys(CONFIGURED_ROLE) as CsmsRootType[]);
  const chain = listed.map((t) => ({ certificateType: t as IdsType, certificateHashData: certificateHashData(pki.get(CONFIGURED_ROLE[t]).certPem) }));
  // Manual Action; 1. GetInstalledCertificateIdsRequest; 2. the response with the configured certificates' hash data.
  const call = await csmsRequest(ctx, 'GetInstalledCertificateIds', () => (found ? { status: 'Accepted' as const, certificateHashDataChain: chain } : { status: 'NotFound' as const }),
    types ? { hint: { certificateType: types } } : {});
  const asked = call.payload.certificateType;
  if (types) {
    expect([...(asked ?? [])].sort(), 'GetInstalledCertificates step 1: GetInstalledCertificateIdsRequest certificateType').to.deep.equal([...types].sort());
  } else {
    expect(asked, 'TC_M_18_CSMS step 1: GetInstalledCertificateIdsRequest certificateType is omitted').to.equal(undefined);
  }
  return call;
}

import { CaseInconclusive, certificateHashData, signCsr, type CaseContext, type HashAlgorithm, type Payload, type PkiRole, type Request } from '../../kit.js';
import { connectorIds, expectStatus, getConfiguration, messageMs, pending, setConfiguration } from '../_shared/states.cs.js';

export const profiles = ['Security (1.6 security whitepaper)'];

/** The charge point's SecurityProfile configuration key (7.6), or the ICS claim when it has none. */
export async function currentProfile(ctx: CaseContext<'1.6', 'CS'>): Promise<number> {
  const value = (await getConfiguration(ctx, ['SecurityProfile'])).values.get('SecurityProfile')?.value;
  return value === undefined ? ctx.ics.securityProfile : Number(value);
}

/**
 * The charge point (re)starts and connects: the attempt must succeed with the session's security
 * profile; its boot is accepted and its connectors reported. Returns the connection's details.
 */
export async function connectsAfterPowerCycle(ctx: CaseContext<'1.6', 'CS'>, requirement: string): Promise<Record<string, unknown>> {
  const { sut, operator, ics } = ctx;
  const attempt = sut.expectConnectionAttempt({ timeoutMs: messageMs(ctx) * 3, requirement });
  const boot = sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx) * 4, requirement: '4.2' });
  await operator.do('powerCycle');
  const result = await attempt;
  if (result.kind !== 'connected') {
    ctx.fail(`the charge point's connection attempt ${result.kind === 'refused' ? `was refused with HTTP ${result.status}` : 'failed in the TLS handshake'}: ${result.reason}`, requirement);
  }
  (await boot).respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
  await Promise.all(connectorIds(ctx).map((c) => expectStatus(ctx, ['Available', 'Preparing', 'Unavailable'], { connectorId: c })));
  return result.info;
}

// --- certificate management (1.6 security whitepaper, OCTT §2.24.1: TC_075, TC_076, TC_078) -----------

export type RootType16 = 'CentralSystemRootCertificate' | 'ManufacturerRootCertificate';
type HashData16 = Request<'1.6', 'DeleteCertificate'>['certificateHashData'];

/**
 * "The root certificate in the store" the tool installs per type: for CentralSystemRootCertificate a second
 * root ("Root 2"), not the one the Charge Point verifies the harness with; the manufacturer root of the test PKI.
 */
export async function storeCertificate(ctx: CaseContext<'1.6', 'CS'>, type: RootType16): Promise<string> {
  const pki = await ctx.pki();
  return pki.get(type === 'CentralSystemRootCertificate' ? 'unknown-ca' : 'manufacturer-root').certPem;
}

const lower = (v: unknown): string => String(v ?? '').toLowerCase();
const serial = (v: unknown): string => lower(v).replace(/^0+(?=.)/, '');

/** The OCTT's own calculation of the certificateHashData (self-signed root), in the algorithm the Charge Point chose. */
export function isHashOf16(listed: HashData16 | undefined, certPem: string, issuerPem?: string): boolean {
  if (!listed || !['SHA256', 'SHA384', 'SHA512'].includes(String(listed.hashAlgorithm))) return false;
  const want = certificateHashData(certPem, issuerPem, listed.hashAlgorithm as HashAlgorithm);
  return lower(listed.issuerNameHash) === want.issuerNameHash && lower(listed.issuerKeyHash) === want.issuerKeyHash && serial(listed.serialNumber) === serial(want.serialNumber);
}

/** GetInstalledCertificateIds (ungraded): the hash data the Charge Point lists for `type`. */
export async function listInstalled16(ctx: CaseContext<'1.6', 'CS'>, type: RootType16): Promise<HashData16[]> {
  const res = await ctx.sut.callRaw('GetInstalledCertificateIds', { certificateType: type });
  return res.kind === 'result' ? (((res.payload as Payload).certificateHashData as HashData16[] | undefined) ?? []) : [];
}

/**
 * Runs `body`, then deletes (ungraded) the certificate `cert` (default: the store certificate of `type`)
 * when the Charge Point did not hold it before.
 */
export async function restoringCertificate16<T>(ctx: CaseContext<'1.6', 'CS'>, type: RootType16, body: () => Promise<T>, cert?: { pem: string; issuerPem?: string }): Promise<T> {
  const { pem, issuerPem } = cert ?? { pem: await storeCertificate(ctx, type) };
  const held = (await listInstalled16(ctx, type)).some((h) => isHashOf16(h, pem, issuerPem));
  try {
    return await body();
  } finally {
    if (!held && ctx.sut.isConnected()) {
      const entry = (await listInstalled16(ctx, type).catch(() => [] as HashData16[])).find((h) => isHashOf16(h, pem, issuerPem));
      if (entry) await ctx.sut.callRaw('DeleteCertificate', { certificateHashData: entry }).catch(() => undefined);
    }
  }
}

/** Memory State CertificateInstalled (established, not graded): a refusal leaves the case INCONCLUSIVE. */
export async function certificateInstalled16(ctx: CaseContext<'1.6', 'CS'>, type: RootType16, pem: string): Promise<void> {
  const res = await ctx.sut.callRaw('InstallCertificate', { certificateType: type, certificate: pem });
  const status = res.kind === 'result' ? String((res.payload as Payload).status) : res.kind;
  if (status !== 'Accepted') throw new CaseInconclusive(`Memory State CertificateInstalled: the Charge Point answered the InstallCertificate for the store's ${type} with ${status}`);
}

// --- Charge Point certificate (TC_074, TC_077: the tool is Central System and Certificate Authority) -----

/** Configuration State of TC_074 / TC_077: CpoName is <The configured Vendor Name> (established; the general preconditions restore it). */
export async function cpoNameConfigured(ctx: CaseContext<'1.6', 'CS'>): Promise<void> {
  await setConfiguration(ctx, 'CpoName', ctx.ics.station.vendor);
}

/**
 * Steps 1-4: ExtendedTriggerMessage.req SignChargePointCertificate, connectorId omitted (Accepted); the Charge
 * Point's SignCertificate.req, answered Accepted. Returns its CSR.
 */
export async function triggeredSignCertificate16(ctx: CaseContext<'1.6', 'CS'>): Promise<string> {
  const { sut, expect } = ctx;
  const sign = pending(sut.expectCall('SignCertificate', { requirement: 'A02.FR.02', timeoutMs: messageMs(ctx) * 3, describe: 'for the ChargePointCertificate' }));
  // 1-2. ExtendedTriggerMessage.req requestedMessage SignChargePointCertificate: Accepted.
  const trigger = await sut.call('ExtendedTriggerMessage', { requestedMessage: 'SignChargePointCertificate' }, { requirement: 'whitepaper 5.6 ExtendedTriggerMessage.conf' });
  expect(trigger.status, 'whitepaper 5.6: ExtendedTriggerMessage.conf status').to.equal('Accepted');
  // 3-4. SignCertificate.req with a CSR for a new key; SignCertificate.conf Accepted.
  const call = await sign;
  call.respond({ status: 'Accepted' });
  return String(call.payload.csr);
}

/** A certificate for the CSR signed by `issuer` (the CSO sub-CA of the Central System root: valid), followed by the issuer's chain without the root. */
export async function signedChain16(ctx: CaseContext<'1.6', 'CS'>, csrPem: string, issuer: PkiRole): Promise<{ leafPem: string; chainPem: string }> {
  const pki = await ctx.pki();
  const signer = pki.get(issuer);
  const leafPem = signCsr(csrPem, { certPem: signer.certPem, keyPem: signer.keyPem });
  return { leafPem, chainPem: leafPem + pki.chainPem(issuer) };
}

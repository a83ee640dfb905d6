import { X509Certificate, createPublicKey } from 'node:crypto';
import { isIP } from 'node:net';
import { certificateHashData, createCsr, type CaseContext, type PeerCertificateInfo, type PkiRole, type Response } from '../../kit.js';
import { bootAccepted, csmsSends, reportConnectors } from '../_shared/states.csms.js';

export type Connected = Awaited<ReturnType<CaseContext<'1.6', 'CSMS'>['sut']['connect']>>;

export type ConnectOverrides = NonNullable<Parameters<CaseContext<'1.6', 'CSMS'>['sut']['connect']>[0]>;

/** The security profile the Charge Point connects with now: the configured one, unless TC_083 upgraded it. */
export function currentProfile(ctx: CaseContext<'1.6', 'CSMS'>): number {
  return typeof ctx.settings.securityProfile === 'number' ? ctx.settings.securityProfile : ctx.ics.securityProfile;
}

/** The connection must have been set up; otherwise the case FAILs with why it was refused. */
export function mustConnect(ctx: CaseContext<'1.6', 'CSMS'>, r: Connected, requirement: string, what: string): Record<string, unknown> {
  if (!r.ok) return ctx.fail(`${what}: the connection could not be set up (${r.error.code}: ${r.error.message})`, requirement);
  return r.info;
}

/** Steps 7-10: BootNotification.req (Accepted), StatusNotification.req per connector and for connectorId 0. */
export async function bootOnNewConnection(ctx: CaseContext<'1.6', 'CSMS'>): Promise<void> {
  await bootAccepted(ctx);
  await reportConnectors(ctx);
}

/** A00.FR.317 / A00.FR.421: the four cipher suites a Central System supports at least (IANA name, OpenSSL name). */
export const REQUIRED_SUITES: ReadonlyArray<readonly [string, string]> = [
  ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256'],
  ['TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'ECDHE-ECDSA-AES256-GCM-SHA384'],
  ['TLS_RSA_WITH_AES_128_GCM_SHA256', 'AES128-GCM-SHA256'],
  ['TLS_RSA_WITH_AES_256_GCM_SHA384', 'AES256-GCM-SHA384'],
];

export const tlsOf = (info: Record<string, unknown>) => info.tls as { protocol?: string | null; cipher?: string; peerCertificate?: PeerCertificateInfo } | undefined;

/**
 * Tool validations of the TLS handshake (TC_086 step 2, TC_087 step 3): TLS 1.2 or above — a
 * Charge Point offering only TLS 1.1 is refused — and each of the four required cipher suites
 * can be negotiated. `certificate` checks the server certificate of each connection (RSA and ECDSA).
 */
export async function validateTls(ctx: CaseContext<'1.6', 'CSMS'>, info: Record<string, unknown>, ids: { version: string; oldVersion: string; suites: string },
  certificate: (cert: PeerCertificateInfo | undefined) => void = () => undefined): Promise<void> {
  const { sut, expect } = ctx;
  certificate(tlsOf(info)?.peerCertificate);
  expect(tlsOf(info)?.protocol, `${ids.version}: negotiated TLS version`).to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
  const old = await sut.connect({ tls: { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1' } });
  expect(old.ok, `${ids.oldVersion}: a Charge Point offering only TLS 1.1 is refused`).to.equal(false);
  for (const [iana, openssl] of REQUIRED_SUITES) {
    const r = await sut.connect({ tls: { maxVersion: 'TLSv1.2', ciphers: openssl } });
    const suiteInfo = mustConnect(ctx, r, ids.suites, `cipher suite ${iana} offered alone`);
    certificate(tlsOf(suiteInfo)?.peerCertificate);
    expect(tlsOf(suiteInfo)?.cipher, `${ids.suites}: cipher suite negotiated when ${iana} is offered alone`).to.equal(openssl);
  }
}

/** The Central System certificate: key size (A00.FR.502/503), serial number (A00.FR.508), commonName = FQDN (A00.FR.510). */
export function validateServerCertificate(ctx: CaseContext<'1.6', 'CSMS'>, cert: PeerCertificateInfo | undefined): void {
  const { expect } = ctx;
  if (!cert) return ctx.fail('the TLS connection presented no server certificate', 'A00.FR.306');
  if (cert.keyType === 'ec') expect(cert.bits, 'A00.FR.503: elliptic-curve key size of the server certificate (bits)').to.be.at.least(224);
  else expect(cert.bits, 'A00.FR.502: RSA key size of the server certificate (bits)').to.be.at.least(2048);
  expect(cert.serialNumber, 'A00.FR.508: serial number of the server certificate').to.be.a('string').and.have.length.above(0);
  expect(cert.subjectCN, 'A00.FR.510: commonName of the server certificate').to.be.a('string').and.have.length.above(0);
  // The FQDN check applies to a named endpoint; an IP address has none.
  const host = new URL(String(ctx.settings.endpoint ?? 'wss://localhost')).hostname.replace(/^\[|\]$/g, '');
  if (!isIP(host)) expect(cert.subjectCN, 'A00.FR.510: commonName of the server certificate (the endpoint FQDN)').to.equal(host);
}

/**
 * The Central System's endpoint for `profile`: the one the session knows (a CSMS may use a port per
 * security profile, A00.FR.006), else the configured endpoint with the scheme the profile needs.
 */
export function endpointFor(ctx: CaseContext<'1.6', 'CSMS'>, profile: number): string {
  const known = typeof ctx.settings.endpointFor === 'function' ? (ctx.settings.endpointFor as (p: number) => string | undefined)(profile) : undefined;
  if (known) return known;
  const url = new URL(String(ctx.settings.endpoint ?? ''));
  url.protocol = profile >= 2 ? 'wss:' : 'ws:';
  return url.toString().replace(/\/$/, '');
}

// --- certificate management (1.6 security whitepaper, OCTT §3.21: TC_074-TC_078 CSMS) -------------------

export type RootType16 = 'CentralSystemRootCertificate' | 'ManufacturerRootCertificate';

/** "<Configured root certificate>" per type: the test PKI's (`ocpp-harness certs init`); the operator sets the Central System up to install it. */
export const CONFIGURED_ROOT_16: Readonly<Record<RootType16, PkiRole>> = { CentralSystemRootCertificate: 'csms-root', ManufacturerRootCertificate: 'manufacturer-root' };

const fingerprint = (pem: string): string | undefined => {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return undefined;
  }
};

/**
 * Manual action; 1-2. The Central System sends InstallCertificate.req; the tool answers `status`. Step 1
 * validations: certificateType is `type`, certificate is the configured root certificate (PEM).
 */
export async function installCertificate16(ctx: CaseContext<'1.6', 'CSMS'>, type: RootType16, status: 'Accepted' | 'Rejected', step: string): Promise<string> {
  const { expect } = ctx;
  const configured = (await ctx.pki()).get(CONFIGURED_ROOT_16[type]).certPem;
  const call = await csmsSends(ctx, 'InstallCertificate', () => ({ status }), { hint: { certificateType: type, certificate: configured }, requirement: step });
  expect(call.payload.certificateType, `${step}: InstallCertificate.req certificateType`).to.equal(type);
  const sent = String(call.payload.certificate);
  expect(/-----BEGIN CERTIFICATE-----/.test(sent) && fingerprint(sent) === fingerprint(configured),
    `${step}: InstallCertificate.req certificate is the configured ${type} (PEM; test PKI ${CONFIGURED_ROOT_16[type]})`).to.equal(true);
  return sent;
}

/** Manual action; GetInstalledCertificateIds.req for `type` (validated), answered Accepted with the hash data of `pem` (SHA256, the configured HashAlgorithm). */
export async function installedIds16(ctx: CaseContext<'1.6', 'CSMS'>, type: RootType16, pem: string, step: string): Promise<Response<'1.6', 'GetInstalledCertificateIds'>['certificateHashData']> {
  const hash = [{ ...certificateHashData(pem, undefined, 'SHA256') }];
  const call = await csmsSends(ctx, 'GetInstalledCertificateIds', () => ({ status: 'Accepted' as const, certificateHashData: hash }), { hint: { certificateType: type }, requirement: step });
  ctx.expect(call.payload.certificateType, `${step}: GetInstalledCertificateIds.req certificateType`).to.equal(type);
  return hash;
}

/**
 * Steps 1-6 of TC_074 / TC_077 (CSMS): the Central System sends ExtendedTriggerMessage.req SignChargePointCertificate
 * (connectorId omitted), the tool accepts it and sends SignCertificate.req with a CSR for a new key; the Central System
 * answers Accepted and sends CertificateSigned.req, which the tool answers `answer`. Returns the chain and the key.
 */
export async function renewChargePointCertificate(ctx: CaseContext<'1.6', 'CSMS'>, answer: 'Accepted' | 'Rejected', ids: string): Promise<{ chainPem: string; keyPem: string }> {
  const { sut, expect } = ctx;
  const pki = await ctx.pki();
  // Manual action; 1-2. ExtendedTriggerMessage.req: requestedMessage SignChargePointCertificate, connectorId omitted; Accepted.
  const trigger = await csmsSends(ctx, 'ExtendedTriggerMessage', () => ({ status: 'Accepted' as const }), { hint: { requestedMessage: 'SignChargePointCertificate' }, requirement: `${ids} step 1` });
  expect(trigger.payload.requestedMessage, `${ids} step 1: ExtendedTriggerMessage.req requestedMessage`).to.equal('SignChargePointCertificate');
  expect(trigger.payload.connectorId, `${ids} step 1: ExtendedTriggerMessage.req connectorId is omitted`).to.equal(undefined);
  // 3. SignCertificate.req with a CSR for a new key pair.
  const { csrPem, keyPem } = await createCsr({ commonName: ctx.ics.station.id, organization: pki.params.org, keyType: 'ec' });
  const signed = sut.expectCall('CertificateSigned', { requirement: 'A02.FR.06', describe: 'with the signed certificate' });
  signed.catch(() => undefined);
  const res = await sut.call('SignCertificate', { csr: csrPem }, { requirement: `${ids} step 4` });
  // 4. SignCertificate.conf Accepted.
  expect(res.status, `${ids} step 4: SignCertificate.conf status`).to.equal('Accepted');
  // 5-6. CertificateSigned.req; the tool answers.
  const cs = await signed;
  cs.respond({ status: answer });
  return { chainPem: String(cs.payload.certificateChain ?? ''), keyPem };
}

/** What is wrong with a PEM chain (leaf first) for `keyPem` under `rootPem` (undefined: nothing): the tool's check of the signed certificate. */
export function chainProblem16(chainPem: string, keyPem: string, rootPem: string): string | undefined {
  let certs: X509Certificate[];
  let root: X509Certificate;
  try {
    certs = (chainPem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map((b) => new X509Certificate(b));
    root = new X509Certificate(rootPem);
  } catch (err) {
    return `a certificate cannot be read: ${(err as Error).message}`;
  }
  const [leaf] = certs;
  if (!leaf) return 'it holds no PEM certificate';
  if (!leaf.publicKey.equals(createPublicKey(keyPem))) return 'the certificate is not for the key of the CSR';
  if (Date.parse(leaf.validFrom) > Date.now() || Date.parse(leaf.validTo) < Date.now()) return 'the certificate is not valid now';
  for (let i = 0; i < certs.length; i += 1) {
    const cert = certs[i] as X509Certificate;
    if (cert.fingerprint256 === root.fingerprint256 || (cert.checkIssued(root) && cert.verify(root.publicKey))) return undefined;
    const issuer = certs[i + 1];
    if (!issuer || !cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) return 'it does not chain to the Central System root';
  }
  return 'it does not end at the Central System root';
}

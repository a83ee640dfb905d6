import { isIP } from 'node:net';
import type { CaseContext, PeerCertificateInfo } from '../../kit.js';
import { bootAccepted, reportConnectors } from '../_shared/states.csms.js';

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

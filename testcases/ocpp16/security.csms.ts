/**
 * OCPP 1.6J security whitepaper (edition 3), secure connection setup, Central System under test:
 * the harness plays the Charge Point. Steps follow the 1.6 test-case document (3.21 Security);
 * requirement ids are those of the whitepaper (A00.FR.xxx) and of OCPP-J 1.6.
 */
import { isIP } from 'node:net';
import { defineTestCase } from '../../src/engine/testcase.js';
import type { CaseContext } from '../../src/engine/testcase.js';
import { CaseNotApplicable } from '../../src/engine/signals.js';
import type { PeerCertificateInfo } from '../../src/ocpp/types.js';
import { bootAccepted, csmsSends, reportConnectors } from './states.csms.js';

type Connected = Awaited<ReturnType<CaseContext['sut']['connect']>>;
type ConnectOverrides = NonNullable<Parameters<CaseContext['sut']['connect']>[0]>;

/** The security profile the Charge Point connects with now: the configured one, unless TC_083 upgraded it. */
function currentProfile(ctx: CaseContext): number {
  return typeof ctx.settings.securityProfile === 'number' ? ctx.settings.securityProfile : ctx.ics.securityProfile;
}

/** The connection must have been set up; otherwise the case FAILs with why it was refused. */
function mustConnect(ctx: CaseContext, r: Connected, requirement: string, what: string): Record<string, unknown> {
  if (!r.ok) return ctx.fail(`${what}: the connection could not be set up (${r.error.code}: ${r.error.message})`, requirement);
  return r.info;
}

/** Steps 7-10: BootNotification.req (Accepted), StatusNotification.req per connector and for connectorId 0. */
async function bootOnNewConnection(ctx: CaseContext): Promise<void> {
  await bootAccepted(ctx);
  await reportConnectors(ctx);
}

/** A00.FR.317 / A00.FR.421: the four cipher suites a Central System supports at least (IANA name, OpenSSL name). */
const REQUIRED_SUITES: ReadonlyArray<readonly [string, string]> = [
  ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256'],
  ['TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'ECDHE-ECDSA-AES256-GCM-SHA384'],
  ['TLS_RSA_WITH_AES_128_GCM_SHA256', 'AES128-GCM-SHA256'],
  ['TLS_RSA_WITH_AES_256_GCM_SHA384', 'AES256-GCM-SHA384'],
];

const tlsOf = (info: Record<string, unknown>) => info.tls as { protocol?: string | null; cipher?: string; peerCertificate?: PeerCertificateInfo } | undefined;

/**
 * Tool validations of the TLS handshake (TC_086 step 2, TC_087 step 3): TLS 1.2 or above — a
 * Charge Point offering only TLS 1.1 is refused — and each of the four required cipher suites
 * can be negotiated. `certificate` checks the server certificate of each connection (RSA and ECDSA).
 */
async function validateTls(ctx: CaseContext, info: Record<string, unknown>, ids: { version: string; oldVersion: string; suites: string },
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
function validateServerCertificate(ctx: CaseContext, cert: PeerCertificateInfo | undefined): void {
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

export const TC_085_CSMS = defineTestCase({
  id: 'TC_085_CSMS',
  title: 'Basic Authentication - Valid username/password',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  block: 'security',
  covers: ['A00.FR.202', 'A00.FR.203', 'A00.FR.301', 'A00.FR.302'],
  requires: { securityProfile: [1, 2] },
  preconditions: false,
  catches: ['accepts-missing-credentials'],
  async run(ctx) {
    const { sut } = ctx;
    const profile = currentProfile(ctx);
    if (profile !== 1 && profile !== 2) throw new CaseNotApplicable(`the Charge Point now uses security profile ${profile} (upgraded): no Basic authentication`);
    const requirement = profile === 2 ? 'A00.FR.302' : 'A00.FR.203';
    // Before: the OCTT closes the connection.
    await sut.disconnect();
    // 1-2. HTTP upgrade request without an Authorization header: the Central System rejects it.
    const bare = await sut.connect({ basicAuth: undefined });
    if (bare.ok) ctx.fail('the Central System upgraded a connection that carried no HTTP Basic credentials', requirement);
    // 3-4. HTTP upgrade request with the station's username/password: validated and accepted.
    mustConnect(ctx, await sut.connect(), requirement, 'with valid Basic credentials');
    // 5-8. BootNotification.req (Accepted), StatusNotification.req per connector and connectorId 0.
    await bootOnNewConnection(ctx);
  },
});

export const TC_086_CSMS = defineTestCase({
  id: 'TC_086_CSMS',
  title: 'TLS - Server-side Certificate - Valid Certificate',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  block: 'security',
  covers: ['A00.FR.306', 'A00.FR.312', 'A00.FR.314', 'A00.FR.317', 'A00.FR.502', 'A00.FR.503', 'A00.FR.508', 'A00.FR.510'],
  requires: { securityProfile: [2, 3] },
  preconditions: false,
  catches: ['tls-accepts-1.1', 'rsa-only-server-cert', 'weak-server-key', 'expired-server-cert'],
  async run(ctx) {
    const { sut } = ctx;
    const p3 = currentProfile(ctx) === 3;
    // Before: the OCTT closes the connection.
    await sut.disconnect();
    // 1-6. TLS handshake (client certificate only under security profile 3), HTTP upgrade (Basic credentials
    // only under security profile 2): the Central System's certificate verifies and the connection is upgraded.
    const info = mustConnect(ctx, await sut.connect(), p3 ? 'A00.FR.410' : 'A00.FR.306', 'TLS with the Central System certificate');
    // Step 2 tool validations: the server certificate, TLS 1.2 or above, the four cipher suites.
    await validateTls(ctx, info, p3
      ? { version: 'A00.FR.416', oldVersion: 'A00.FR.418', suites: 'A00.FR.421' }
      : { version: 'A00.FR.312', oldVersion: 'A00.FR.314', suites: 'A00.FR.317' }, (cert) => validateServerCertificate(ctx, cert));
    // 7-10. On a connection as the Charge Point makes it: BootNotification.req (Accepted), StatusNotification.req.
    mustConnect(ctx, await sut.connect(), p3 ? 'A00.FR.410' : 'A00.FR.306', 'TLS with the Central System certificate');
    await bootOnNewConnection(ctx);
  },
});

export const TC_087_CSMS = defineTestCase({
  id: 'TC_087_CSMS',
  title: 'TLS - Client-side Certificate - Valid Certificate',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  block: 'security',
  covers: ['A00.FR.401', 'A00.FR.403', 'A00.FR.416', 'A00.FR.418', 'A00.FR.421'],
  requires: { securityProfile: [3] },
  preconditions: false,
  catches: ['tls-accepts-1.1', 'rsa-only-server-cert'],
  async run(ctx) {
    const { sut } = ctx;
    // Before: the OCTT closes the connection.
    await sut.disconnect();
    // 1-6. TLS handshake with the Charge Point certificate as client certificate; the connection is upgraded.
    const info = mustConnect(ctx, await sut.connect(), 'A00.FR.403', 'TLS with a valid Charge Point certificate');
    // Step 3 tool validations: TLS 1.2 or above, and the four cipher suites.
    await validateTls(ctx, info, { version: 'A00.FR.416', oldVersion: 'A00.FR.418', suites: 'A00.FR.421' });
    // 7-10. On a connection as the Charge Point makes it: BootNotification.req (Accepted), StatusNotification.req.
    mustConnect(ctx, await sut.connect(), 'A00.FR.403', 'TLS with a valid Charge Point certificate');
    await bootOnNewConnection(ctx);
  },
});

export const TC_088_CSMS = defineTestCase({
  id: 'TC_088_CSMS',
  title: 'WebSocket Subprotocol Negotiation',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  block: 'security',
  covers: ['OCPP-J 3.1.2', 'OCPP-J 3.2'],
  catches: ['accepts-unknown-subprotocol'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1-2. Reconnect offering only "Sec-WebSocket-Protocol: ocpp0.1": the Central System does not upgrade to it
    // (an HTTP refusal, or — OCPP-J 3.2 — a handshake without Sec-WebSocket-Protocol that it closes at once).
    const unknown = await sut.connect({ protocols: ['ocpp0.1'] });
    if (unknown.ok) return ctx.fail(`the Central System upgraded a connection offering only ocpp0.1 (selected '${String(unknown.info.protocol)}')`, 'OCPP-J 3.2');
    const selected = unknown.error.details?.selected;
    if (typeof selected === 'string') ctx.fail(`the Central System upgraded a connection offering only ocpp0.1 with Sec-WebSocket-Protocol '${selected}'`, 'OCPP-J 3.2');
    // 3-4. Reconnect offering "ocpp0.1,ocpp1.6": accepted, and the upgrade response says "Sec-WebSocket-Protocol: ocpp1.6".
    const info = mustConnect(ctx, await sut.connect({ protocols: ['ocpp0.1', 'ocpp1.6'] }), 'OCPP-J 3.2', 'offering ocpp0.1 and ocpp1.6');
    expect(info.protocol, 'OCPP-J 3.2: Sec-WebSocket-Protocol of the upgrade response').to.equal('ocpp1.6');
  },
});

/**
 * The Central System's endpoint for `profile`: the one the session knows (a CSMS may use a port per
 * security profile, A00.FR.006), else the configured endpoint with the scheme the profile needs.
 */
function endpointFor(ctx: CaseContext, profile: number): string {
  const known = typeof ctx.settings.endpointFor === 'function' ? (ctx.settings.endpointFor as (p: number) => string | undefined)(profile) : undefined;
  if (known) return known;
  const url = new URL(String(ctx.settings.endpoint ?? ''));
  url.protocol = profile >= 2 ? 'wss:' : 'ws:';
  return url.toString().replace(/\/$/, '');
}

export const TC_083_CSMS = defineTestCase({
  id: 'TC_083_CSMS',
  title: 'Upgrade Charge Point Security Profile - Accepted',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  block: 'security',
  covers: ['A05', 'A05.FR.09', '5.3', '5.14'],
  requires: { securityProfile: [1, 2] },
  catches: ['accepts-downgraded-profile', 'configuration-value-as-number', 'reset-wrong-type'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const from = currentProfile(ctx);
    if (from !== 1 && from !== 2) throw new CaseNotApplicable(`the Charge Point already uses security profile ${from}`);
    const to = from + 1;
    const pki = await ctx.pki();
    // Memory state CertificateInstalled (profile 1: the CentralSystemRootCertificate) or RenewChargePointCertificate
    // (profile 2: a Charge Point certificate of the CSO): the harness's test PKI provides both.
    const password = String(ctx.settings.basicAuthPassword ?? '');
    const original: ConnectOverrides = { url: String(ctx.settings.endpoint ?? ''), securityProfile: from, basicAuth: { password }, tls: { cert: undefined, key: undefined } };
    const upgraded: ConnectOverrides = to === 3
      ? { url: endpointFor(ctx, to), securityProfile: 3, basicAuth: undefined, tls: { ca: [pki.get('csms-root').certPem], cert: pki.chainPem('station'), key: pki.get('station').keyPem } }
      : { url: endpointFor(ctx, to), securityProfile: 2, basicAuth: { password }, tls: { ca: [pki.get('csms-root').certPem] } };
    // Manual action: ChangeConfiguration for SecurityProfile. 1-2. ChangeConfiguration.req SecurityProfile = configured + 1; Accepted.
    const change = await csmsSends(ctx, 'ChangeConfiguration', () => ({ status: 'Accepted' }), { hint: { key: 'SecurityProfile', value: String(to) }, requirement: '5.3' });
    expect(change.payload.key, '5.3: ChangeConfiguration.req key').to.equal('SecurityProfile');
    expect(change.payload.value, '5.3: ChangeConfiguration.req value (one level higher than the configured security profile)').to.equal(String(to));
    // Manual action: Reset Hard. 3-4. Reset.req type Hard; Accepted.
    const reset = await csmsSends(ctx, 'Reset', () => ({ status: 'Accepted' }), { hint: { type: 'Hard' }, requirement: '5.14' });
    expect(reset.payload.type, '5.14: Reset.req type').to.equal('Hard');
    // 5-6. The Charge Point reconnects with security profile configured + 1: accepted. It keeps that profile from now on.
    mustConnect(ctx, await sut.connect(upgraded, { persist: true }), 'A05.FR.07', `with the upgraded security profile ${to}`);
    ctx.settings.endpoint = upgraded.url;
    ctx.settings.securityProfile = to;
    ctx.log(`the Charge Point uses security profile ${to} at ${String(upgraded.url)} from now on`);
    // 7-10. BootNotification.req (Accepted), StatusNotification.req Available per connector and connectorId 0.
    await bootOnNewConnection(ctx);
    // 11-12. The Charge Point reconnects with the configured (lower) security profile: not accepted.
    const lower = await sut.connect(original);
    if (lower.ok) ctx.fail(`the Central System accepted security profile ${from} from a Charge Point upgraded to ${to}`, 'A05.FR.09');
    // 13-14. The Charge Point reconnects with security profile configured + 1: accepted (the case ends connected).
    mustConnect(ctx, await sut.connect(), 'A05.FR.07', `with the upgraded security profile ${to}`);
  },
});

/**
 * Functional block A (Security), charging station under test: the harness plays the CSMS.
 * Steps follow OCPP 2.0.1 Part 6, section "A. Security", with the errata of 2025-09 applied.
 * Cases that need a security profile declare it; the reference runs them in a session of that profile.
 */
import { randomBytes, X509Certificate } from 'node:crypto';
import { defineTestCase, type CaseContext } from '../../src/engine/testcase.js';
import type { ConnectionAttempt, ReceivedCall } from '../../src/ocpp/peer.js';
import type { Payload } from '../../src/ocpp/types.js';
import type { PkiRole } from '../../src/pki/roles.js';
import { configure, readVariable, type VariableSetting } from './charging-session.cs.js';
import {
  bootAccepted, booted, certificateInstalled, CERTIFICATE_SIGNER, checkCsr, renewStationCertificate, signedChain, triggeredSignCertificate,
} from './states.cs.js';

// --- helpers of this block ------------------------------------------------------------------------

/** The TLS 1.2 cipher suites of A00.FR.319 (OpenSSL names): ECDHE-ECDSA or RSA key exchange, AES-GCM. */
const REQUIRED_SUITES = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384'];

/** passwordString of 16 to 40 characters (part 2, 2.1.4; A00.FR.205). */
const PASSWORD = /^[A-Za-z0-9*\-_=:+|@.]{16,40}$/;

/** The invalid server certificates of TC_A_05_CS (errata 2025-02: generated ones), by test-PKI role. */
const INVALID_SERVER_CERTS: ReadonlyArray<{ role: PkiRole; what: string }> = [
  { role: 'expired-server', what: 'an expired certificate' },
  { role: 'not-yet-valid-server', what: 'a certificate with a future validity date' },
  { role: 'unknown-ca-server', what: 'a certificate not signed by the installed CSMS root' },
  { role: 'wrong-host-server', what: 'a certificate whose commonName is not the FQDN of the server' },
];

/** What a connection's TLS details hold (the harness endpoint records them). */
interface TlsDetails {
  protocol?: string | null;
  cipher?: string;
  clientCert?: { commonName?: string; fingerprint256?: string; serialNumber?: string; bits?: number; keyType?: string };
}

const tlsOf = (info: Record<string, unknown>): TlsDetails | undefined => info.tls as TlsDetails | undefined;

/** The reconnection after a dropped connection or a power cycle may take the station's back-off: a few message timeouts. */
const reconnectMs = (ctx: CaseContext): number => ctx.ics.timeouts.messageMs * 4;

/** The attempt must have set up a connection; otherwise a FAIL blaming `requirement`, with how it ended. */
function connected(ctx: CaseContext, attempt: ConnectionAttempt, requirement: string, what: string): Record<string, unknown> {
  if (attempt.kind === 'connected') return attempt.info;
  const how = attempt.kind === 'tlsFailed' ? `the TLS handshake failed (${attempt.reason})` : `the upgrade was refused with HTTP ${attempt.status} (${attempt.reason})`;
  return ctx.fail(`${what}: ${how}`, requirement);
}

const component = (name: string, variable: string, instance?: string): Omit<VariableSetting, 'value'> => ({ component: name, variable, ...(instance ? { instance } : {}) });

async function setVariable(ctx: CaseContext, v: Omit<VariableSetting, 'value'>, value: string): Promise<string> {
  const res = await ctx.sut.call('SetVariables', {
    setVariableData: [{ component: { name: v.component }, variable: { name: v.variable, ...(v.instance ? { instance: v.instance } : {}) }, attributeValue: value }],
  });
  return String((res.setVariableResult as Payload[] | undefined)?.[0]?.attributeStatus);
}

const BASIC_AUTH_PASSWORD = component('SecurityCtrlr', 'BasicAuthPassword');
const NETWORK_PRIORITY = component('OCPPCommCtrlr', 'NetworkConfigurationPriority');

function configuredPassword(ctx: CaseContext): string {
  const password = ctx.settings.basicAuthPassword;
  if (password === undefined) return ctx.fail('the harness has no Basic-auth password for the station (config \'password\')');
  return password;
}

/** A new passwordString of 24 characters. */
const newPassword = (): string => `Harness-${randomBytes(8).toString('hex')}`;

/** The station's two network configuration slots: the one in use (ActiveNetworkProfile, 1 when not implemented) and the other. */
async function slots(ctx: CaseContext): Promise<{ active: number; other: number }> {
  const active = Number(await readVariable(ctx, component('OCPPCommCtrlr', 'ActiveNetworkProfile'))) || 1;
  return { active, other: active === 1 ? 2 : 1 };
}

/** The endpoint's URL for a security profile (ws:// or wss://); `alternate`: the same server under another path, an ocppCsmsUrl not in use. */
function endpointFor(ctx: CaseContext, securityProfile: number, alternate = false): string {
  const base = new URL(String(ctx.settings.endpoint));
  const path = base.pathname.replace(/\/+$/, '');
  return `${securityProfile >= 2 ? 'wss' : 'ws'}://${base.host}${path}${alternate ? '-alt' : ''}`;
}

/** connectionData of a SetNetworkProfileRequest for the configured endpoint with another URL / security profile. */
async function connectionData(ctx: CaseContext, url: string, securityProfile: number): Promise<Payload> {
  const timeout = Number(await readVariable(ctx, component('OCPPCommCtrlr', 'MessageTimeout', 'Default'))) || 30;
  return { messageTimeout: timeout, ocppCsmsUrl: url, ocppInterface: 'Wired0', ocppTransport: 'JSON', ocppVersion: 'OCPP20', securityProfile };
}

/**
 * Configuration State: sets the variables (`optional`: only if implemented) and returns what puts the
 * previous values back, for the end of the case (the cases that follow expect the station as it was).
 */
async function configurationState(ctx: CaseContext, settings: Array<VariableSetting & { optional?: boolean }>): Promise<() => Promise<void>> {
  const previous: VariableSetting[] = [];
  for (const v of settings) {
    const value = await readVariable(ctx, v);
    if (value !== undefined && value !== v.value) previous.push({ ...v, value });
  }
  await configure(ctx, settings);
  return async () => {
    for (const v of previous) {
      await ctx.sut.callRaw('SetVariables', {
        setVariableData: [{ component: { name: v.component }, variable: { name: v.variable, ...(v.instance ? { instance: v.instance } : {}) }, attributeValue: v.value }],
      }).catch((err: unknown) => ctx.log(`could not put ${v.component}.${v.variable} back to ${v.value}: ${(err as Error).message}`));
    }
  };
}

/** Configuration State "NetworkConfigurationPriority only contains the active slot" (with the other settings given). */
async function onlyActiveSlot(ctx: CaseContext, settings: Array<VariableSetting & { optional?: boolean }> = []): Promise<{ slot: { active: number; other: number }; restore: () => Promise<void> }> {
  const slot = await slots(ctx);
  const restore = await configurationState(ctx, [...settings, { ...NETWORK_PRIORITY, value: String(slot.active), optional: true }]);
  return { slot, restore };
}

// --- A00 Security profile 1 and 2: Basic authentication ---------------------------------------------------

export const TC_A_01_CS = defineTestCase({
  id: 'TC_A_01_CS',
  title: 'Basic Authentication - Valid username/password combination',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A00', 'B01', 'A00.FR.202', 'A00.FR.203', 'A00.FR.204', 'A00.FR.205', 'A00.FR.301', 'A00.FR.302', 'A00.FR.304', 'B01.FR.01', 'B01.FR.05', 'B01.FR.09'],
  requires: { securityProfile: [1, 2] },
  // The case begins with a power cycle; a station that cannot connect at all is what it may find.
  preconditions: false,
  catches: ['basic-auth-username-mismatch'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    // Before: Configuration State SecurityCtrlr.BasicAuthPassword is <Configured basicAuthPassword>: the one the harness checks.
    const password = configuredPassword(ctx);
    // 1. Reusable State Booted (power cycle): the HTTP upgrade request carries Basic credentials.
    const attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    const a = await attempt;
    if (a.kind === 'refused') {
      // The endpoint checks the header: the username is the identity in the URL, the password the configured one.
      const requirement = /username/.test(a.reason) ? 'A00.FR.204' : /no HTTP Basic/.test(a.reason) ? 'A00.FR.203' : 'A00.FR.202';
      ctx.fail(`the HTTP upgrade request did not carry valid Basic-auth credentials: ${a.reason}`, requirement);
    }
    connected(ctx, a, 'A00.FR.202', 'the station did not connect');
    // The BasicAuthPassword: 16 to 40 passwordString characters.
    expect(PASSWORD.test(password), `A00.FR.205: the BasicAuthPassword (${password.length} characters) is a passwordString of 16 to 40 characters`).to.equal(true);
    const boot = sut.expectCall('BootNotification', { requirement: 'B01.FR.01' });
    await bootAccepted(ctx, boot, { expectedReason: 'PowerUp', reasonRequirement: 'B01.FR.09' });
  },
});

// --- A00 Security profile 2 and 3: the CSMS's server certificate ---------------------------------------

export const TC_A_04_CS = defineTestCase({
  id: 'TC_A_04_CS',
  title: 'TLS - server-side certificate - Valid certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.309', 'A00.FR.312', 'A00.FR.313', 'A00.FR.319', 'A00.FR.321', 'A00.FR.412', 'A00.FR.422'],
  requires: { securityProfile: [2, 3] },
  // The case begins with a power cycle; a station that cannot connect at all is what it may find.
  preconditions: false,
  catches: ['rejects-valid-server-cert', 'no-required-cipher-suites'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    // Step 2 checks happen in the handshake: the OCTT allows TLS 1.2 with the cipher suites of A00.FR.319 only.
    await sut.reconfigureEndpoint({ maxTlsVersion: 'TLSv1.2', ciphers: REQUIRED_SUITES.join(':') });
    // Reusable State "Booting": the station is power cycled.
    const attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 1-6. TLS handshake with the configured server certificate, HTTP upgrade, WebSocket connection.
    const a = await attempt;
    const info = connected(ctx, a, a.kind === 'tlsFailed' && /cipher/i.test(a.reason) ? 'A00.FR.319' : 'A00.FR.308', 'no secured connection with the valid server certificate');
    const tls = tlsOf(info);
    expect(tls?.protocol, 'A00.FR.313: TLS version of the connection').to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
    expect(tls?.cipher, 'A00.FR.319: cipher suite of the connection').to.be.oneOf(REQUIRED_SUITES);
    // 7-10. BootNotification (Accepted), then every connector Available.
    const boot = sut.expectCall('BootNotification', { requirement: 'B01.FR.01' });
    await bootAccepted(ctx, boot, { securityEvent: false });
  },
});

export const TC_A_05_CS = defineTestCase({
  id: 'TC_A_05_CS',
  title: 'TLS - server-side certificate - Invalid certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.309', 'A00.FR.310', 'A00.FR.311', 'A00.FR.412', 'A00.FR.413', 'A00.FR.414'],
  requires: { securityProfile: [2, 3] },
  catches: ['accepts-invalid-server-cert', 'no-security-event-after-bad-cert'],
  async run(ctx) {
    const { sut } = ctx;
    // Before (errata 2025-02, 2025-04): NetworkProfileConnectionAttempts 3, NetworkConfigurationPriority only the active
    // slot, AllowCSMSTLSWildcards false (if implemented).
    const { restore } = await onlyActiveSlot(ctx, [
      { ...component('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), value: '3' },
      { ...component('SecurityCtrlr', 'AllowCSMSTLSWildcards'), value: 'false', optional: true },
    ]);
    // 1-3 (errata 2024-11). The OCTT aborts the connection; the station reconnects (valid certificate).
    let attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx) });
    await sut.disconnect();
    connected(ctx, await attempt, 'A00.FR.308', 'the station did not reconnect with the valid server certificate');
    // Steps 4-11 for every kind of invalid server certificate.
    for (const invalid of INVALID_SERVER_CERTS) {
      // 4. The OCTT aborts the connection; the next Server Hello carries the invalid certificate.
      await sut.reconfigureEndpoint({ serverCert: invalid.role });
      attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx) });
      await sut.disconnect();
      // 5-7. The station deems the certificate invalid and terminates the connection.
      const bad = await attempt;
      if (bad.kind === 'connected') ctx.fail(`the station set up a connection with a server presenting ${invalid.what}`, 'A00.FR.311');
      // 8-9. The valid certificate again: the OCTT accepts the connection.
      attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx) });
      await sut.reconfigureEndpoint({});
      connected(ctx, await attempt, 'A00.FR.308', `the station did not reconnect with the valid server certificate after ${invalid.what}`);
      // 10-11. SecurityEventNotificationRequest type InvalidCsmsCertificate.
      await sut.expectCall('SecurityEventNotification', {
        filter: (p) => p.type === 'InvalidCsmsCertificate', requirement: 'A00.FR.310', describe: `(InvalidCsmsCertificate after ${invalid.what})`,
      });
    }
    await restore();
  },
});

export const TC_A_06_CS = defineTestCase({
  id: 'TC_A_06_CS',
  title: 'TLS - server-side certificate - TLS version too low',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.314', 'A00.FR.316', 'A00.FR.416', 'A00.FR.417', 'A00.FR.419'],
  requires: { securityProfile: [2, 3] },
  catches: ['accepts-tls-below-1.2'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    // Before: Configuration State NetworkProfileConnectionAttempts is 1.
    const restore = await configurationState(ctx, [{ ...component('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), value: '1' }]);
    // 1-2. The OCTT answers the Client Hello with a TLS version lower than 1.2 (the station boots: power cycle).
    await sut.reconfigureEndpoint({ minTlsVersion: 'TLSv1', maxTlsVersion: 'TLSv1.1' });
    let attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 3. The station notices the TLS version is lower than 1.2 and terminates the connection.
    const old = await attempt;
    if (old.kind === 'connected') ctx.fail(`the station set up a connection with ${String(tlsOf(old.info)?.protocol ?? 'TLS < 1.2')}`, 'A00.FR.316');
    // 4-9. TLS 1.2 or newer again: the handshake completes and the connection is upgraded.
    attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx) });
    await sut.reconfigureEndpoint({});
    const info = connected(ctx, await attempt, 'A00.FR.313', 'the station did not connect with TLS 1.2 or newer');
    expect(tlsOf(info)?.protocol, 'A00.FR.313: TLS version of the connection').to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
    // 10-13. BootNotification (Accepted) and the connector states.
    const boot = sut.expectCall('BootNotification', { requirement: 'B01.FR.01' });
    await bootAccepted(ctx, boot, { securityEvent: false });
    // 14-17. SecurityEventNotification StartupOfTheDevice or ResetOrReboot; InvalidTLSVersion (steps 16-17) is optional; any order.
    await sut.expectCall('SecurityEventNotification', {
      filter: (p) => p.type === 'StartupOfTheDevice' || p.type === 'ResetOrReboot', requirement: 'A04.FR.01', describe: '(StartupOfTheDevice or ResetOrReboot)',
    });
    await restore();
  },
});

// --- A00 Security profile 3: the station's client certificate --------------------------------------------

export const TC_A_07_CS = defineTestCase({
  id: 'TC_A_07_CS',
  title: 'TLS - Client-side certificate - valid certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Security'],
  covers: ['A00', 'A00.FR.401', 'A00.FR.402', 'A00.FR.415', 'A00.FR.416', 'A00.FR.422', 'A00.FR.502', 'A00.FR.503', 'A00.FR.507', 'A00.FR.508', 'A00.FR.511'],
  requires: { securityProfile: [3] },
  // The case begins with a power cycle; a station that cannot connect at all is what it may find.
  preconditions: false,
  catches: ['no-client-cert', 'no-required-cipher-suites'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    // Step 4 checks happen in the handshake: TLS 1.2 with the cipher suites of A00.FR.422 only, a client certificate required.
    await sut.reconfigureEndpoint({ maxTlsVersion: 'TLSv1.2', ciphers: REQUIRED_SUITES.join(':') });
    // Reusable State "Booting": the station is power cycled.
    const attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 1-6. TLS handshake, client certificate, HTTP upgrade.
    const a = await attempt;
    // The endpoint refuses a certificate whose CN is not the station identity (A00.FR.511).
    const requirement = a.kind === 'tlsFailed' && /cipher/i.test(a.reason) ? 'A00.FR.422' : a.kind === 'refused' && /\bCN\b/.test(a.reason) ? 'A00.FR.511' : 'A00.FR.401';
    const info = connected(ctx, a, requirement, 'no secured connection with the station\'s client certificate');
    const tls = tlsOf(info);
    expect(tls?.protocol, 'A00.FR.416: TLS version of the connection').to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
    expect(tls?.cipher, 'A00.FR.422: cipher suite of the connection').to.be.oneOf(REQUIRED_SUITES);
    const cert = tls?.clientCert;
    if (!cert) return ctx.fail('the station presented no client certificate', 'A00.FR.402');
    if (cert.keyType === 'rsa') expect(cert.bits, 'A00.FR.502: RSA key size of the client certificate (bits)').to.be.at.least(2048);
    else expect(cert.bits, 'A00.FR.503: elliptic curve key size of the client certificate (bits)').to.be.at.least(224);
    expect(cert.serialNumber ?? '', 'A00.FR.508: serial number of the client certificate').to.not.equal('');
    // 7-10. BootNotification (Accepted), then every connector Available.
    const boot = sut.expectCall('BootNotification', { requirement: 'B01.FR.01' });
    await bootAccepted(ctx, boot, { securityEvent: false });
  },
});

// --- A01 Update Charging Station Password for HTTP Basic Authentication ------------------------------------

export const TC_A_09_CS = defineTestCase({
  id: 'TC_A_09_CS',
  title: 'Update Charging Station Password for HTTP Basic Authentication - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A01', 'A01.FR.01', 'A01.FR.11', 'A01.FR.12', 'B01.FR.01'],
  requires: { securityProfile: [1, 2] },
  catches: ['setvariables-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const configured = configuredPassword(ctx);
    const password = newPassword();
    // The OCTT validates the station's credentials against the new password from now on (step 4).
    await sut.reconfigureEndpoint({ basicAuthPassword: password });
    let attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'A01.FR.01' });
    // 1-2. SetVariablesRequest SecurityCtrlr.BasicAuthPassword = <NewPassword>: Accepted or RebootRequired.
    const status = await setVariable(ctx, BASIC_AUTH_PASSWORD, password);
    expect(status, 'A01.FR.01: SetVariablesResponse setVariableResult[0].attributeStatus').to.be.oneOf(['Accepted', 'RebootRequired']);
    const boot = status === 'RebootRequired' ? sut.expectCall('BootNotification', { timeoutMs: reconnectMs(ctx), requirement: 'B01.FR.01' }) : undefined;
    if (boot) {
      // RebootRequired: the station takes the new password with a reboot (steps 5-8).
      const reset = await sut.call('Reset', { type: 'OnIdle' });
      expect(reset.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
    }
    // 3-4. The HTTP upgrade request carries the new password; the OCTT validates it and upgrades the connection.
    connected(ctx, await attempt, 'A01.FR.01', 'the station did not connect with the new BasicAuthPassword');
    // 5-8. Only after a reboot: BootNotification, connector states.
    if (boot) await bootAccepted(ctx, boot, { securityEvent: false });
    // After the scenario: the configured password again, so the cases that follow connect as configured.
    attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx) });
    await sut.reconfigureEndpoint({});
    await sut.callRaw('SetVariables', {
      setVariableData: [{ component: { name: BASIC_AUTH_PASSWORD.component }, variable: { name: BASIC_AUTH_PASSWORD.variable }, attributeValue: configured }],
    });
    connected(ctx, await attempt, 'A01.FR.01', 'the station did not connect with the configured BasicAuthPassword again');
  },
});

export const TC_A_10_CS = defineTestCase({
  id: 'TC_A_10_CS',
  title: 'Update Charging Station Password for HTTP Basic Authentication - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A01', 'A01.FR.01', 'A01.FR.11', 'A01.FR.12'],
  requires: { securityProfile: [1, 2] },
  catches: ['weak-password-accepted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    configuredPassword(ctx);
    // 1-2. SetVariablesRequest BasicAuthPassword = <NewPassword which is less than 16 characters>: Rejected.
    const status = await setVariable(ctx, BASIC_AUTH_PASSWORD, 'Short-pass-11');
    expect(status, 'A00.FR.205: SetVariablesResponse setVariableResult[0].attributeStatus for a 13-character BasicAuthPassword').to.equal('Rejected');
    // 3-4. The station connects with the old password; the OCTT validates it and upgrades the connection.
    const attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'A01.FR.01' });
    await sut.disconnect();
    connected(ctx, await attempt, 'A01.FR.01', 'the station did not connect with its old BasicAuthPassword');
    // 5. Reusable State Booted (post scenario: BasicAuthPassword is still the configured one).
    await booted(ctx);
  },
});

// --- A02 Update Charging Station Certificate by request of CSMS ---------------------------------------------

export const TC_A_11_CS = defineTestCase({
  id: 'TC_A_11_CS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - Charging Station Certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Security'],
  covers: ['A02', 'F06', 'A02.FR.02', 'A02.FR.03', 'A02.FR.06', 'A02.FR.08', 'A02.FR.09', 'F06.FR.04', 'F06.FR.05', 'F06.FR.10'],
  requires: { securityProfile: [3] },
  catches: ['certificate-signed-not-used', 'trigger-not-sent'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    // A station switches to its new certificate by reconnecting (A02.FR.08): watch for that from the start.
    const reconnect = sut.expectConnectionAttempt({ timeoutMs: ics.timeouts.messageMs * 3, allowNone: true });
    // 1. Memory State RenewChargingStationCertificate for certificateType ChargingStationCertificate.
    const { leafPem } = await renewStationCertificate(ctx, 'ChargingStationCertificate');
    // A02.FR.08/09: the next connection uses the new (newest) certificate; when the station does not reconnect, the OCTT closes the connection.
    let attempt = await reconnect;
    if (!attempt) {
      const next = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'A02.FR.08' });
      await sut.disconnect();
      attempt = await next;
    }
    const info = connected(ctx, attempt, 'A02.FR.08', 'the station did not connect with its new certificate');
    expect(tlsOf(info)?.clientCert?.fingerprint256, 'A02.FR.08: the client certificate of the new connection is the new ChargingStationCertificate')
      .to.equal(new X509Certificate(leafPem).fingerprint256);
  },
});

export const TC_A_12_CS = defineTestCase({
  id: 'TC_A_12_CS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - V2G Certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['A02', 'F06', 'A02.FR.02', 'A02.FR.03', 'A02.FR.06', 'A02.FR.13', 'A02.FR.15', 'F06.FR.04', 'F06.FR.05', 'F06.FR.10'],
  catches: ['sign-certificate-wrong-type', 'trigger-not-sent'],
  async run(ctx) {
    // 1. Memory State RenewV2GChargingStationCertificate. Before: the ISO 15118 controller's settings (each if implemented).
    const restore = await configurationState(ctx, [
      { ...component('ISO15118Ctrlr', 'V2GCertificateInstallationEnabled'), value: 'true', optional: true },
      { ...component('ISO15118Ctrlr', 'CountryName'), value: 'NL', optional: true },
      { ...component('ISO15118Ctrlr', 'OrganizationName'), value: ctx.ics.station.vendor, optional: true },
    ]);
    // The EVSEs with a SeccId (from a GetBaseReport); steps 1-6 once per EVSE, or once without an EVSE when none has one.
    const evses = await seccEvses(ctx);
    for (const evseId of evses.length ? evses : [undefined]) {
      await renewStationCertificate(ctx, 'V2GCertificate', evseId === undefined ? {} : { evseId });
    }
    await restore();
  },
});

/** The EVSE ids whose ISO15118Ctrlr reports a SeccId, from a FullInventory base report. */
async function seccEvses(ctx: CaseContext): Promise<number[]> {
  const { sut, expect } = ctx;
  const requestId = Math.floor(Math.random() * 1_000_000);
  const res = await sut.call('GetBaseReport', { requestId, reportBase: 'FullInventory' });
  expect(res.status, 'B07.FR.01: GetBaseReportResponse status').to.equal('Accepted');
  const evses: number[] = [];
  for (let more = true; more;) {
    const part = await sut.expectCall('NotifyReport', { filter: (p) => p.requestId === requestId, describe: '(FullInventory)' });
    for (const d of (part.payload.reportData as Payload[] | undefined) ?? []) {
      const c = d.component as { name?: string; evse?: { id?: number } } | undefined;
      const v = d.variable as { name?: string } | undefined;
      if (c?.name === 'ISO15118Ctrlr' && v?.name === 'SeccId' && c.evse?.id !== undefined && !evses.includes(c.evse.id)) evses.push(c.evse.id);
    }
    more = part.payload.tbc === true;
  }
  return evses;
}

export const TC_A_13_CS = defineTestCase({
  id: 'TC_A_13_CS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - Combined Certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'ISO 15118 Support', condition: 'ISO-3' }],
  covers: ['A00', 'A02', 'A00.FR.428', 'A02.FR.02', 'A02.FR.03', 'A02.FR.06'],
  removed: 'errata 2025-09 (5.20, 2025-02): TC_A_13_CS was removed from the certification program',
  catches: [],
  async run() {
    // Removed by the errata: listed, never run.
  },
});

export const TC_A_14_CS = defineTestCase({
  id: 'TC_A_14_CS',
  title: 'Update Charging Station Certificate by request of CSMS - Invalid certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Security'],
  covers: ['A02', 'A02.FR.07', 'A03.FR.07'],
  requires: { securityProfile: [3] },
  catches: ['certificate-hierarchy-not-checked'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1-4. TriggerMessageRequest SignChargingStationCertificate (Accepted); SignCertificateRequest (Accepted).
    const sign = await triggeredSignCertificate(ctx, 'ChargingStationCertificate');
    // 5. CertificateSignedRequest with an invalid certificate: for the station's new key, issued outside the CSO hierarchy.
    const { chainPem } = await signedChain(ctx, String(sign.payload.csr), 'unknown-ca');
    const res = await sut.call('CertificateSigned', { certificateChain: chainPem, certificateType: 'ChargingStationCertificate' });
    // 6. CertificateSignedResponse Rejected.
    expect(res.status, 'A02.FR.07: CertificateSignedResponse status for a certificate outside the CSO hierarchy').to.equal('Rejected');
    // 7-8. SecurityEventNotificationRequest type InvalidChargingStationCertificate.
    await sut.expectCall('SecurityEventNotification', {
      filter: (p) => p.type === 'InvalidChargingStationCertificate', requirement: 'A02.FR.07', describe: '(InvalidChargingStationCertificate)',
    });
  },
});

export const TC_A_15_CS = defineTestCase({
  id: 'TC_A_15_CS',
  title: 'Update Charging Station Certificate by request of CSMS - SignCertificateRequest Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Security'],
  covers: ['A02'],
  requires: { securityProfile: [3] },
  catches: ['trigger-not-sent'],
  async run(ctx) {
    // 1-2. TriggerMessageRequest SignChargingStationCertificate: Accepted; 3-4. SignCertificateRequest, answered Rejected.
    await triggeredSignCertificate(ctx, 'ChargingStationCertificate', { status: 'Rejected' });
  },
});

export const TC_A_23_CS = defineTestCase({
  id: 'TC_A_23_CS',
  title: 'Update Charging Station Certificate by request of CSMS - CertificateSignedRequest Timeout',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced Security', condition: 'AS-3' }],
  covers: ['A02', 'F06', 'A02.FR.17', 'A02.FR.18'],
  requires: { securityProfile: [3] },
  catches: ['cert-signing-no-retry', 'cert-signing-backoff-not-doubled'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const waitMinimum = CERT_SIGNING_WAIT_MINIMUM_S;
    // Before: CertSigningWaitMinimum is <Configured CertSigningWaitMinimum>, CertSigningRepeatTimes is 1.
    const restore = await configurationState(ctx, [
      { ...component('SecurityCtrlr', 'CertSigningWaitMinimum'), value: String(waitMinimum) },
      { ...component('SecurityCtrlr', 'CertSigningRepeatTimes'), value: '1' },
    ]);
    // 1-4. TriggerMessageRequest SignChargingStationCertificate; SignCertificateRequest (Accepted).
    const calls: ReceivedCall[] = [await triggeredSignCertificate(ctx, 'ChargingStationCertificate')];
    let answeredAt = Date.now();
    // 5-10. No CertificateSignedRequest: the station sends the CSR again after CertSigningWaitMinimum, then after twice that.
    for (const [factor, requirement] of [[1, 'A02.FR.17'], [2, 'A02.FR.18']] as const) {
      const again = await sut.expectCall('SignCertificate', {
        timeoutMs: factor * waitMinimum * 1000 + ics.timeouts.messageMs * 2, requirement, describe: `again (back-off ${factor * waitMinimum} s)`,
      });
      expect(again.t - answeredAt, `${requirement}: ms before the SignCertificateRequest was sent again (at least ${factor} x CertSigningWaitMinimum)`)
        .to.be.at.least(factor * waitMinimum * 1000 - TIMER_SLACK_MS);
      checkCsr(ctx, again, 'ChargingStationCertificate');
      again.respond({ status: 'Accepted' });
      answeredAt = Date.now();
      calls.push(again);
    }
    // 11-16 (errata 2025-02). A CertificateSignedRequest for each CSR: Accepted or Rejected, at least one Accepted.
    const statuses: string[] = [];
    for (const call of calls) {
      // An accepted certificate makes the station reconnect with it (A02.FR.08): the next request goes over the new connection.
      const reconnect = sut.expectConnectionAttempt({ timeoutMs: ics.timeouts.messageMs * 2, allowNone: true });
      const { chainPem } = await signedChain(ctx, String(call.payload.csr), CERTIFICATE_SIGNER.ChargingStationCertificate);
      const res = await sut.call('CertificateSigned', { certificateChain: chainPem, certificateType: 'ChargingStationCertificate' });
      expect(res.status, 'A02.FR.06: CertificateSignedResponse status').to.be.oneOf(['Accepted', 'Rejected']);
      statuses.push(String(res.status));
      if (res.status === 'Accepted') await reconnect;
    }
    expect(statuses, 'A02.FR.17: at least one CertificateSignedResponse is Accepted').to.include('Accepted');
    await restore();
  },
});

/** <Configured CertSigningWaitMinimum> (s): short, so the case takes seconds. */
const CERT_SIGNING_WAIT_MINIMUM_S = 2;
/** Timers may fire a few milliseconds off. */
const TIMER_SLACK_MS = 50;

// --- A05 Upgrade Charging Station Security Profile ------------------------------------------------------

export const TC_A_19_CS = defineTestCase({
  id: 'TC_A_19_CS',
  title: 'Upgrade Charging Station Security Profile - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A05', 'A05.FR.04', 'A05.FR.05', 'A05.FR.06'],
  requires: { securityProfile: [1, 2] },
  catches: ['network-priority-ignored', 'lower-profiles-kept'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const configured = ics.securityProfile;
    const upgraded = (configured + 1) as 2 | 3;
    // Before: Memory State CertificateInstalled (profile 1) or RenewChargingStationCertificate (profile 2).
    if (configured === 1) await certificateInstalled(ctx, 'CSMSRootCertificate', (await ctx.pki()).get('csms-root').certPem);
    else await renewStationCertificate(ctx, 'ChargingStationCertificate');
    try {
      // 1-2. SetNetworkProfileRequest for the slot not in use, <Configured securityProfile + 1>: Accepted.
      const slot = await slots(ctx);
      const profile = await sut.call('SetNetworkProfile', { configurationSlot: slot.other, connectionData: await connectionData(ctx, endpointFor(ctx, upgraded), upgraded) });
      expect(profile.status, 'A05.FR.04: SetNetworkProfileResponse status').to.equal('Accepted');
      // 3-4. NetworkConfigurationPriority "<new slot>,<previous slot>": Accepted or RebootRequired.
      const priority = await setVariable(ctx, NETWORK_PRIORITY, `${slot.other},${slot.active}`);
      expect(priority, 'A05.FR.04: SetVariablesResponse setVariableResult[0].attributeStatus').to.be.oneOf(['Accepted', 'RebootRequired']);
      // 5-6. ResetRequest OnIdle (always sent: errata 2025-06): Accepted.
      const boot = sut.expectCall('BootNotification', { timeoutMs: reconnectMs(ctx), requirement: 'A05.FR.05' });
      const reset = await sut.call('Reset', { type: 'OnIdle' });
      expect(reset.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
      // 7. The OCTT restarts its WebSocket server with <Configured securityProfile + 1>.
      await sut.reconfigureEndpoint({ securityProfile: upgraded });
      // 8-9. The station's (first) connection attempt uses security profile + 1: the first NetworkConfigurationPriority entry.
      const attempt = await sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'A05.FR.05' });
      const info = connected(ctx, attempt, 'A05.FR.05', `after the reset the station did not connect with the new profile (security profile ${upgraded}) first`);
      expect(info.securityProfile, 'A05.FR.05: security profile of the new connection').to.equal(upgraded);
      // 10. Reusable State Booted.
      await bootAccepted(ctx, boot);
      // 11-12. GetVariables SecurityCtrlr.SecurityProfile: <Configured securityProfile + 1>.
      expect(await readVariable(ctx, component('SecurityCtrlr', 'SecurityProfile')), 'A05.FR.06: SecurityCtrlr.SecurityProfile').to.equal(String(upgraded));
      // 13-14. GetVariables NetworkConfigurationPriority: without the slot of the lower security profile.
      const now = (await readVariable(ctx, NETWORK_PRIORITY)) ?? '';
      expect(now.split(',').map((s) => s.trim()), 'A05.FR.06: NetworkConfigurationPriority no longer holds the slot with the lower security profile').to.not.include(String(slot.active));
      if (configured === 1) {
        // 15-16 (errata 2025-06). The OCTT restarts with security profile 1: the station does NOT reconnect with it.
        await sut.reconfigureEndpoint({ securityProfile: 1 });
        const downgrade = await sut.expectConnectionAttempt({ timeoutMs: ics.timeouts.messageMs * 2, allowNone: true });
        if (downgrade?.kind === 'connected') ctx.fail('the station connected with security profile 1 again after the upgrade', 'A05.FR.06');
        // 17-18. Security profile 2 again: the station reconnects with it.
        await sut.reconfigureEndpoint({ securityProfile: upgraded });
        await sut.expectConnection(reconnectMs(ctx), 'A05.FR.06');
      }
    } finally {
      // After the scenario (passed or not): the station and the endpoint back to the configured security profile, for the
      // cases that follow. A failure here does not hide the case's own.
      await restoreSecurityProfile(ctx, configured).catch((err: unknown) => ctx.log(`could not restore security profile ${configured}: ${(err as Error).message}`));
    }
  },
});

async function restoreSecurityProfile(ctx: CaseContext, profile: number): Promise<void> {
  await ctx.sut.reconfigureEndpoint({});
  await ctx.operator.do('configureStation', { setting: 'securityProfile', value: profile });
  await ctx.sut.expectConnection(reconnectMs(ctx));
}

export const TC_A_20_CS = defineTestCase({
  id: 'TC_A_20_CS',
  title: 'Upgrade Charging Station Security Profile - No valid CSMSRootCertificate installed',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'AQ-1' }],
  covers: ['A05', 'A05.FR.02'],
  requires: { securityProfile: [1] },
  catches: ['profile-upgrade-unchecked'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Prerequisite: no valid CSMSRootCertificate installed (AQ-1: the last one can be removed).
    await removeCsmsRoots(ctx);
    // Before (errata 2025-02): NetworkConfigurationPriority is the active slot only.
    const { slot } = await onlyActiveSlot(ctx);
    // 1-2. SetNetworkProfileRequest for the slot not in use, another URL, <Configured securityProfile2>: Accepted or Rejected (errata 2025-04).
    const profile = await sut.call('SetNetworkProfile', { configurationSlot: slot.other, connectionData: await connectionData(ctx, endpointFor(ctx, 2, true), 2) });
    expect(profile.status, 'B09.FR.01: SetNetworkProfileResponse status').to.be.oneOf(['Accepted', 'Rejected']);
    // 3-4. NetworkConfigurationPriority "<new slot>,<previous slot>": Rejected.
    const priority = await setVariable(ctx, NETWORK_PRIORITY, `${slot.other},${slot.active}`);
    expect(priority, 'A05.FR.02: SetVariablesResponse setVariableResult[0].attributeStatus without a CSMSRootCertificate').to.equal('Rejected');
  },
});

/** Deletes every installed CSMSRootCertificate (GetInstalledCertificateIds, DeleteCertificate). */
async function removeCsmsRoots(ctx: CaseContext): Promise<void> {
  const { sut, expect } = ctx;
  const ids = await sut.call('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
  for (const chain of (ids.certificateHashDataChain as Payload[] | undefined) ?? []) {
    const res = await sut.call('DeleteCertificate', { certificateHashData: chain.certificateHashData as Payload });
    expect(res.status, 'M04.FR.01: DeleteCertificateResponse status (removing the CSMSRootCertificate, AQ-1)').to.equal('Accepted');
  }
}

export const TC_A_21_CS = defineTestCase({
  id: 'TC_A_21_CS',
  title: 'Upgrade Charging Station Security Profile - No valid ChargingStationCertificate installed',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced Security', condition: 'AQ-1' }],
  covers: ['A05', 'A05.FR.03'],
  // A CSMS root is installed (profile 2) and no station certificate (profile 3 not in use).
  requires: { securityProfile: [2, 1] },
  catches: ['profile-upgrade-unchecked'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    // Prerequisite: no valid ChargingStationCertificate installed (AQ-1: it can be removed by other means than OCPP).
    await operator.do('configureStation', { setting: 'chargingStationCertificate', value: 'none' });
    const slot = await slots(ctx);
    // 1-2. SetNetworkProfileRequest for the slot not in use, another URL, security profile 3 (errata 2025-02): Accepted.
    const profile = await sut.call('SetNetworkProfile', { configurationSlot: slot.other, connectionData: await connectionData(ctx, endpointFor(ctx, 3, true), 3) });
    expect(profile.status, 'B09.FR.01: SetNetworkProfileResponse status').to.equal('Accepted');
    // 3-4. NetworkConfigurationPriority "<new slot>,<previous slot>": Rejected.
    const priority = await setVariable(ctx, NETWORK_PRIORITY, `${slot.other},${slot.active}`);
    expect(priority, 'A05.FR.03: SetVariablesResponse setVariableResult[0].attributeStatus without a ChargingStationCertificate').to.equal('Rejected');
  },
});

export const TC_A_22_CS = defineTestCase({
  id: 'TC_A_22_CS',
  title: 'Upgrade Charging Station Security Profile - Downgrade security profile - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A05', 'B09', 'B09.FR.04'],
  requires: { securityProfile: [2, 3] },
  catches: ['network-profile-accepts-invalid'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const slot = await slots(ctx);
    // 1-2. SetNetworkProfileRequest for the slot not in use, another URL, security profile 1 (errata 2025-02): Rejected.
    const profile = await sut.call('SetNetworkProfile', { configurationSlot: slot.other, connectionData: await connectionData(ctx, endpointFor(ctx, 1, true), 1) });
    expect(profile.status, 'B09.FR.04: SetNetworkProfileResponse status for a lower security profile').to.equal('Rejected');
  },
});

/**
 * Functional block A (Security), CSMS under test: the harness plays the charging station and
 * offers the CSMS good and bad credentials, TLS versions and certificates.
 * Steps follow OCPP 2.0.1 Part 6, section "A. Security" (with the errata of 2025-09).
 */
import { randomInt } from 'node:crypto';
import { defineTestCase, type CaseContext } from '../../src/engine/testcase.js';
import type { Payload } from '../../src/ocpp/types.js';
import { createCsr, signCsr } from '../../src/pki/csr.js';
import { csmsRequest } from './charging-session.csms.js';
import { acceptedConnection, bootAccepted, refusedConnection, renewChargingStationCertificate, reportConnectors } from './states.csms.js';

// --- helpers of this block ------------------------------------------------------------------------

type ConnectOverrides = NonNullable<Parameters<CaseContext['sut']['connect']>[0]>;

interface TlsInfo {
  protocol?: string | null;
  cipher?: string;
  peerCertificate?: { subjectCN?: string; serialNumber?: string; bits?: number; keyType?: string };
}

const tlsOf = (info: Record<string, unknown>): TlsInfo => (info.tls ?? {}) as TlsInfo;

/** The four cipher suites a CSMS must support (A00.FR.318 / A00.FR.421), with their OpenSSL names. */
const REQUIRED_SUITES = [
  { iana: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', openssl: 'ECDHE-ECDSA-AES128-GCM-SHA256' },
  { iana: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', openssl: 'ECDHE-ECDSA-AES256-GCM-SHA384' },
  { iana: 'TLS_RSA_WITH_AES_128_GCM_SHA256', openssl: 'AES128-GCM-SHA256' },
  { iana: 'TLS_RSA_WITH_AES_256_GCM_SHA384', openssl: 'AES256-GCM-SHA384' },
];

/** Tool validation "The CSMS must use TLS version 1.2 or above". */
function expectTls12(ctx: CaseContext, info: Record<string, unknown>, requirement: string): void {
  ctx.expect(tlsOf(info).protocol, `${requirement}: TLS version of the connection`).to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
}

/** A_04 tool validations on the server certificate: key size, serial number, CN = FQDN of the endpoint. */
function expectServerCertificate(ctx: CaseContext, info: Record<string, unknown>, what: string): void {
  const { expect } = ctx;
  const cert = tlsOf(info).peerCertificate;
  expect(cert, `A00.FR.307: the CSMS presents a server certificate (${what})`).to.not.equal(undefined);
  if (!cert) return;
  if (cert.keyType === 'ec') expect(cert.bits, `A00.FR.503: elliptic-curve key size of the server certificate (${what})`).to.be.at.least(224);
  else expect(cert.bits, `A00.FR.502: RSA key size of the server certificate (${what})`).to.be.at.least(2048);
  expect(cert.serialNumber, `A00.FR.508: serial number of the server certificate (${what})`).to.be.a('string').and.not.equal('');
  const host = new URL(String(ctx.settings.endpoint ?? 'wss://localhost')).hostname.replace(/^\[|\]$/g, '');
  if (/^[\d.]+$/.test(host) || host.includes(':')) {
    ctx.log(`the endpoint is the IP address ${host}, not an FQDN: the commonName (${cert.subjectCN ?? '-'}) is not compared; the TLS handshake checked the address`);
  } else {
    expect(cert.subjectCN?.toLowerCase(), `A00.FR.510: commonName of the server certificate (${what})`).to.equal(host.toLowerCase());
  }
}

/** Tool validation "At least the following set of cipher suites must be supported": one TLS 1.2 handshake per suite. */
async function expectCipherSuites(ctx: CaseContext, requirement: string, checkCertificate: boolean): Promise<void> {
  const { sut, expect } = ctx;
  for (const suite of REQUIRED_SUITES) {
    const res = await sut.connect({ tls: { maxVersion: 'TLSv1.2', ciphers: suite.openssl } });
    if (!res.ok) return ctx.fail(`the CSMS does not support cipher suite ${suite.iana}: ${res.error.message}`, requirement);
    expect(tlsOf(res.info).cipher, `${requirement}: cipher suite negotiated when only ${suite.iana} is offered`).to.equal(suite.openssl);
    if (checkCertificate) expectServerCertificate(ctx, res.info, suite.iana);
  }
}

/** Steps "BootNotificationRequest ... The CSMS responds" and "notifies the CSMS about the current state of all connectors". */
async function bootAndReport(ctx: CaseContext, requirement = 'B01.FR.02'): Promise<void> {
  await bootAccepted(ctx, 'PowerUp', requirement);
  await reportConnectors(ctx, 'Available');
}

const stationPassword = (ctx: CaseContext): string => String(ctx.settings.basicAuthPassword ?? '');

/** A randomly chosen identifierString of 16 to 40 characters (A_03). */
function randomPassword(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = randomInt(16, 41); i > 0; i -= 1) out += chars[randomInt(chars.length)];
  return out;
}

/** The station's SetVariablesResponse: every variable gets `status`. */
const setVariablesAnswer = (status: string) => (request: Payload): Payload => ({
  setVariableResult: ((request.setVariableData as Payload[] | undefined) ?? []).map((d) => ({ attributeStatus: status, component: d.component, variable: d.variable })),
});

interface VariableEntry { component?: { name?: string }; variable?: { name?: string }; attributeValue?: string }

/** Steps 1-2 of A_09/A_10: the CSMS sends SetVariables BasicAuthPassword; the station answers `status`. Returns the new password. */
async function passwordUpdate(ctx: CaseContext, status: 'Accepted' | 'Rejected'): Promise<string> {
  const { expect } = ctx;
  const call = await csmsRequest(ctx, 'SetVariables', setVariablesAnswer(status), {
    hint: { setVariableData: [{ component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' } }] },
  });
  const data = (call.payload.setVariableData as VariableEntry[] | undefined) ?? [];
  const entry = data.find((d) => d.variable?.name === 'BasicAuthPassword');
  expect(entry?.variable?.name, 'A01.FR.02: SetVariablesRequest variable.name').to.equal('BasicAuthPassword');
  expect(entry?.component?.name, 'A01.FR.02: SetVariablesRequest component.name').to.equal('SecurityCtrlr');
  return String(entry?.attributeValue ?? '');
}

// --- Basic Authentication ---------------------------------------------------------------------------

export const TC_A_01_CSMS = defineTestCase({
  id: 'TC_A_01_CSMS',
  title: 'Basic Authentication - Valid username/password combination',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A00', 'B01', 'A00.FR.204', 'B01.FR.02'],
  requires: { securityProfile: [1, 2] },
  preconditions: false,
  catches: ['boot-rejects-known-station'],
  async run(ctx) {
    // 1-2. HTTP upgrade with Authorization: Basic <ChargingStationId>:<BasicAuthPassword>; the CSMS upgrades the connection.
    await acceptedConnection(ctx, {}, 'with the configured Basic-auth credentials', 'A00.FR.207');
    // 3-4. BootNotificationRequest: Accepted. 5-6. The connectors are reported.
    await bootAndReport(ctx);
  },
});

export const TC_A_02_CSMS = defineTestCase({
  id: 'TC_A_02_CSMS',
  title: 'Basic Authentication - Username does not equal ChargingStationId',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.204'],
  requires: { securityProfile: [1, 2] },
  catches: ['accepts-username-mismatch'],
  async run(ctx) {
    // 1-2. HTTP upgrade with Authorization: Basic <ChargingStationId>Invalid:<BasicAuthPassword>; the CSMS rejects it.
    await refusedConnection(ctx, { basicAuth: { username: `${ctx.ics.station.id}Invalid`, password: stationPassword(ctx) } },
      'whose Basic-auth username is not the station identity', 'A00.FR.204');
  },
});

export const TC_A_03_CSMS = defineTestCase({
  id: 'TC_A_03_CSMS',
  title: 'Basic Authentication - Invalid password',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.204'],
  requires: { securityProfile: [1, 2] },
  catches: ['accepts-wrong-password'],
  async run(ctx) {
    // 1-2. HTTP upgrade with Authorization: Basic <ChargingStationId>:<random 16-40 character password>; the CSMS rejects it.
    await refusedConnection(ctx, { basicAuth: { password: randomPassword() } }, 'with a wrong Basic-auth password', 'A00.FR.207');
  },
});

// --- TLS --------------------------------------------------------------------------------------------

export const TC_A_04_CSMS = defineTestCase({
  id: 'TC_A_04_CSMS',
  title: 'TLS - server-side certificate - Valid certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.306', 'A00.FR.307', 'A00.FR.312', 'A00.FR.318', 'A00.FR.321', 'A00.FR.502', 'A00.FR.503', 'A00.FR.507', 'A00.FR.508', 'A00.FR.510'],
  requires: { securityProfile: [2, 3] },
  preconditions: false,
  catches: ['weak-server-key', 'rsa-only-server-cert'],
  async run(ctx) {
    // 1-6. The OCTT reconnects: TLS handshake (client certificate under profile 3), HTTP upgrade (Basic auth under profile 2).
    const info = await acceptedConnection(ctx, {}, 'over TLS', 'A00.FR.306');
    // Step 3 validations: TLS 1.2 or above, the server certificate, the four cipher suites.
    expectTls12(ctx, info, 'A00.FR.313');
    expectServerCertificate(ctx, info, 'default handshake');
    await expectCipherSuites(ctx, 'A00.FR.318', true);
    await acceptedConnection(ctx, {}, 'over TLS', 'A00.FR.306');
    // 7-10. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

export const TC_A_06_CSMS = defineTestCase({
  id: 'TC_A_06_CSMS',
  title: 'TLS - server-side certificate - TLS version too low',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.314', 'A00.FR.315', 'A00.FR.409', 'A00.FR.416', 'A00.FR.417', 'A00.FR.418'],
  requires: { securityProfile: [2, 3] },
  preconditions: false,
  catches: ['tls-accepts-1.1'],
  async run(ctx) {
    const profile3 = ctx.ics.securityProfile === 3;
    // 1-2. TLS handshake offering TLS 1.1 only: the CSMS terminates the connection.
    await refusedConnection(ctx, { tls: { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1' } }, 'offering TLS 1.1 only', profile3 ? 'A00.FR.418' : 'A00.FR.315');
    // 3-8. TLS 1.2 or higher: the CSMS presents its certificate and upgrades the connection.
    const info = await acceptedConnection(ctx, {}, 'with TLS 1.2 or higher', profile3 ? 'A00.FR.416' : 'A00.FR.313');
    expectTls12(ctx, info, profile3 ? 'A00.FR.416' : 'A00.FR.313');
    // 9-12. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

export const TC_A_07_CSMS = defineTestCase({
  id: 'TC_A_07_CSMS',
  title: 'TLS - Client-side certificate - valid certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Security'],
  covers: ['A00', 'A00.FR.409', 'A00.FR.410', 'A00.FR.415', 'A00.FR.416', 'A00.FR.421'],
  requires: { securityProfile: [3] },
  preconditions: false,
  catches: ['rsa-only-server-cert', 'boot-rejects-known-station'],
  async run(ctx) {
    // 1-6. TLS handshake with the configured client certificate; the CSMS upgrades the connection.
    const info = await acceptedConnection(ctx, {}, 'with the configured client certificate', 'A00.FR.409');
    // Step 3 validations: TLS 1.2 or above, the four cipher suites.
    expectTls12(ctx, info, 'A00.FR.416');
    await expectCipherSuites(ctx, 'A00.FR.421', false);
    await acceptedConnection(ctx, {}, 'with the configured client certificate', 'A00.FR.409');
    // 7-10. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

export const TC_A_08_CSMS = defineTestCase({
  id: 'TC_A_08_CSMS',
  title: 'TLS - Client-side certificate - Invalid certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Security'],
  covers: ['A00', 'A00.FR.405', 'A00.FR.407', 'A00.FR.409', 'A00.FR.410'],
  requires: { securityProfile: [3] },
  preconditions: false,
  catches: ['accepts-unknown-client-cert'],
  async run(ctx) {
    const pki = await ctx.pki();
    const stationId = ctx.ics.station.id;
    const subCa = pki.get('cso-sub-ca');
    const issued = async (commonName: string, validity: { notBefore?: Date; validityDays?: number } = {}) => {
      const { csrPem, keyPem } = await createCsr({ commonName, organization: pki.params.org, keyType: 'ec' });
      return { cert: signCsr(csrPem, subCa, validity) + subCa.certPem, key: keyPem };
    };
    // Prerequisite: the case runs once per kind of invalid certificate.
    const invalid = [
      { what: 'with a client certificate of an unknown CA', requirement: 'A00.FR.407', tls: { cert: pki.chainPem('self-signed-station'), key: pki.get('self-signed-station').keyPem } },
      { what: 'with an expired client certificate', requirement: 'A00.FR.407', tls: await issued(stationId, { notBefore: new Date(Date.now() - 400 * 86_400_000), validityDays: 30 }) },
      { what: 'with a client certificate whose commonName is not the station\'s', requirement: 'A00.FR.405', tls: await issued(`${stationId}-OTHER`) },
    ];
    for (const attempt of invalid) {
      // 1-4. TLS handshake with the invalid client certificate: the CSMS terminates the connection.
      await refusedConnection(ctx, { tls: attempt.tls }, attempt.what, attempt.requirement);
    }
    // 5-10. TLS handshake with the configured client certificate; the CSMS upgrades the connection.
    await acceptedConnection(ctx, {}, 'with the configured client certificate', 'A00.FR.409');
    // 11-14. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

// --- Update Charging Station Password for HTTP Basic Authentication -----------------------------------

export const TC_A_09_CSMS = defineTestCase({
  id: 'TC_A_09_CSMS',
  title: 'Update Charging Station Password for HTTP Basic Authentication - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A01', 'A01.FR.02', 'A01.FR.03'],
  requires: { securityProfile: [1, 2] },
  catches: ['password-change-ignored', 'variables-misspelled-component'],
  async run(ctx) {
    // 1-2. The CSMS sends SetVariablesRequest SecurityCtrlr.BasicAuthPassword = <NewPassword>; the station accepts and stores it.
    const password = await passwordUpdate(ctx, 'Accepted');
    ctx.settings.basicAuthPassword = password;
    ctx.log('the station uses the new BasicAuthPassword from now on');
    // 3-4. HTTP upgrade with the new password: the CSMS accepts it.
    await acceptedConnection(ctx, { basicAuth: { password } }, 'with the new BasicAuthPassword', 'A01.FR.03', true);
    // 5-8. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

export const TC_A_10_CSMS = defineTestCase({
  id: 'TC_A_10_CSMS',
  title: 'Update Charging Station Password for HTTP Basic Authentication - Rejected',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A01', 'A01.FR.02', 'A01.FR.04', 'A01.FR.05'],
  requires: { securityProfile: [1, 2] },
  catches: ['password-changed-despite-rejected', 'variables-misspelled-component'],
  async run(ctx) {
    // 1-2. The CSMS sends SetVariablesRequest SecurityCtrlr.BasicAuthPassword = <NewPassword>; the station rejects it.
    await passwordUpdate(ctx, 'Rejected');
    // 3-4. HTTP upgrade with the old password: the CSMS still accepts it.
    await acceptedConnection(ctx, {}, 'with the old BasicAuthPassword', 'A01.FR.04');
    // 5-8. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

// --- Update Charging Station Certificate by request of CSMS -------------------------------------------

export const TC_A_11_CSMS = defineTestCase({
  id: 'TC_A_11_CSMS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - Charging Station Certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Security'],
  covers: ['A02', 'F06', 'A02.FR.11', 'A02.FR.14', 'F06.FR.01'],
  requires: { securityProfile: [3] },
  catches: ['certificate-signed-wrong-ca', 'trigger-wrong-message'],
  async run(ctx) {
    // 1. Execute Memory State RenewChargingStationCertificate.
    const renewed = await renewChargingStationCertificate(ctx);
    // 2-3 (errata 2024-09). The OCTT reconnects with the new certificate; the CSMS accepts the connection.
    // Post scenario (errata 2025-04): the OCTT and the CSMS are connected.
    await acceptedConnection(ctx, { tls: { cert: renewed.chainPem, key: renewed.keyPem } }, 'with the new charging station certificate', 'A00.FR.403');
  },
});

export const TC_A_12_CSMS = defineTestCase({
  id: 'TC_A_12_CSMS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - V2G Certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['A02', 'F06', 'A02.FR.11', 'F06.FR.01'],
  catches: ['trigger-wrong-message'],
  async run(ctx) {
    // 1-6. TriggerMessage SignV2GCertificate, SignCertificate with a V2G CSR (Accepted), CertificateSigned (Accepted).
    await renewChargingStationCertificate(ctx, { requestedMessage: 'SignV2GCertificate' });
  },
});

export const TC_A_13_CSMS = defineTestCase({
  id: 'TC_A_13_CSMS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - Combined Certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'ISO 15118 Support', condition: 'ISO-3' }],
  covers: ['A02', 'A02.FR.11'],
  removed: 'errata 2025-09 (5.20, 2025-02): TC_A_13_CS and TC_A_13_CSMS removed from the certification program',
  catches: [],
  async run() {
    // Removed by the errata: never run.
  },
});

export const TC_A_14_CSMS = defineTestCase({
  id: 'TC_A_14_CSMS',
  title: 'Update Charging Station Certificate by request of CSMS - Invalid certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Security'],
  covers: ['A02'],
  requires: { securityProfile: [3] },
  catches: ['trigger-wrong-message', 'ignores-security-event'],
  async run(ctx) {
    // 1-6. TriggerMessage SignChargingStationCertificate, SignCertificate (Accepted), CertificateSigned: the station rejects it.
    await renewChargingStationCertificate(ctx, { answer: 'Rejected', checkChain: false });
    // 7-8 (errata 2024-09). SecurityEventNotification InvalidChargingStationCertificate; the CSMS responds.
    await ctx.sut.call('SecurityEventNotification', { type: 'InvalidChargingStationCertificate', timestamp: ctx.sut.now() }, { requirement: 'A04.FR.03' });
  },
});

// --- Upgrade Charging Station Security Profile -------------------------------------------------------

export const TC_A_19_CSMS = defineTestCase({
  id: 'TC_A_19_CSMS',
  title: 'Upgrade Charging Station Security Profile - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A05', 'A05.FR.04', 'A05.FR.07'],
  requires: { securityProfile: [1, 2] },
  catches: ['accepts-downgraded-profile', 'network-profile-wrong-security'],
  async run(ctx) {
    const { expect } = ctx;
    const from = ctx.ics.securityProfile;
    const to = from + 1;
    const pki = await ctx.pki();
    // Memory state: from security profile 2, RenewChargingStationCertificate; that certificate is used with profile 3 (errata 2024-09).
    const renewed = from === 2 ? await renewChargingStationCertificate(ctx) : undefined;
    // Manual action: set a new NetworkConnectionProfile one security level higher. 1-2. SetNetworkProfileRequest; the station accepts.
    const configured = { messageTimeout: 30, ocppInterface: 'Wired0' };
    const setProfile = await csmsRequest(ctx, 'SetNetworkProfile', () => ({ status: 'Accepted' }), { hint: { connectionData: { ...configured, securityProfile: to } } });
    const data = (setProfile.payload.connectionData ?? {}) as Payload;
    const expected: Payload = { ...configured, ocppTransport: 'JSON', ocppVersion: 'OCPP20', securityProfile: to };
    for (const [field, value] of Object.entries(expected)) {
      expect(data[field], `A05.FR.04: SetNetworkProfileRequest connectionData.${field}`).to.equal(value);
    }
    const slot = String(setProfile.payload.configurationSlot);
    // Manual action: NetworkConfigurationPriority with the new slot. 3-4. SetVariablesRequest; the station accepts.
    const priority = await csmsRequest(ctx, 'SetVariables', setVariablesAnswer('Accepted'), {
      hint: { setVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'NetworkConfigurationPriority' }, attributeValue: slot }] },
    });
    const entry = ((priority.payload.setVariableData as VariableEntry[] | undefined) ?? []).find((d) => d.variable?.name === 'NetworkConfigurationPriority');
    expect(entry?.variable?.name, 'A05.FR.04: SetVariablesRequest variable.name').to.equal('NetworkConfigurationPriority');
    expect(entry?.component?.name, 'A05.FR.04: SetVariablesRequest component.name').to.equal('OCPPCommCtrlr');
    expect(String(entry?.attributeValue ?? '').split(',').map((v) => v.trim()), `A05.FR.04: NetworkConfigurationPriority contains configurationSlot ${slot}`).to.include(slot);
    // Manual action: reboot the station. 5-6. ResetRequest; the station accepts.
    await csmsRequest(ctx, 'Reset', () => ({ status: 'Accepted' }), { hint: { type: 'Immediate' } });
    // 7-8. The OCTT reconnects with the new NetworkProfile (security profile + 1): the CSMS accepts. The station keeps it from now on.
    const original: ConnectOverrides = { url: String(ctx.settings.endpoint ?? ''), securityProfile: from, basicAuth: { password: stationPassword(ctx) }, tls: { cert: undefined, key: undefined } };
    const upgraded: ConnectOverrides = {
      url: String(data.ocppCsmsUrl ?? ''), securityProfile: to as ConnectOverrides['securityProfile'],
      ...(renewed ? { tls: { cert: renewed.chainPem, key: renewed.keyPem }, basicAuth: undefined } : { tls: { ca: [pki.get('csms-root').certPem] } }),
    };
    await acceptedConnection(ctx, upgraded, `with the upgraded security profile ${to}`, 'A05.FR.04', true);
    ctx.settings.endpoint = String(data.ocppCsmsUrl ?? '');
    ctx.log(`the station uses security profile ${to} at ${String(data.ocppCsmsUrl)} from now on`);
    // 9. Execute Reusable State Booted.
    await bootAndReport(ctx);
    // 10-11. The OCTT reconnects with the original NetworkProfile (the lower security profile): the CSMS does not accept it.
    await refusedConnection(ctx, original, `with the former, lower security profile ${from}`, 'A05.FR.07');
    // 12. The OCTT reconnects with the upgraded profile, so the case ends connected.
    await acceptedConnection(ctx, {}, `with the upgraded security profile ${to}`, 'A05.FR.07');
  },
});

import { randomInt } from 'node:crypto';
import type { CaseContext, Request, Response } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { bootAccepted, reportConnectors } from '../_shared/states.csms.js';

// --- helpers of this block ------------------------------------------------------------------------

export type ConnectOverrides = NonNullable<Parameters<CaseContext<'2.0.1', 'CSMS'>['sut']['connect']>[0]>;

export interface TlsInfo {
  protocol?: string | null;
  cipher?: string;
  peerCertificate?: { subjectCN?: string; serialNumber?: string; bits?: number; keyType?: string };
}

export const tlsOf = (info: Record<string, unknown>): TlsInfo => (info.tls ?? {}) as TlsInfo;

/** The four cipher suites a CSMS must support (A00.FR.318 / A00.FR.421), with their OpenSSL names. */
export const REQUIRED_SUITES = [
  { iana: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', openssl: 'ECDHE-ECDSA-AES128-GCM-SHA256' },
  { iana: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', openssl: 'ECDHE-ECDSA-AES256-GCM-SHA384' },
  { iana: 'TLS_RSA_WITH_AES_128_GCM_SHA256', openssl: 'AES128-GCM-SHA256' },
  { iana: 'TLS_RSA_WITH_AES_256_GCM_SHA384', openssl: 'AES256-GCM-SHA384' },
];

/** Tool validation "The CSMS must use TLS version 1.2 or above". */
export function expectTls12(ctx: CaseContext<'2.0.1', 'CSMS'>, info: Record<string, unknown>, requirement: string): void {
  ctx.expect(tlsOf(info).protocol, `${requirement}: TLS version of the connection`).to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
}

/** A_04 tool validations on the server certificate: key size, serial number, CN = FQDN of the endpoint. */
export function expectServerCertificate(ctx: CaseContext<'2.0.1', 'CSMS'>, info: Record<string, unknown>, what: string): void {
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
export async function expectCipherSuites(ctx: CaseContext<'2.0.1', 'CSMS'>, requirement: string, checkCertificate: boolean): Promise<void> {
  const { sut, expect } = ctx;
  for (const suite of REQUIRED_SUITES) {
    const res = await sut.connect({ tls: { maxVersion: 'TLSv1.2', ciphers: suite.openssl } });
    if (!res.ok) return ctx.fail(`the CSMS does not support cipher suite ${suite.iana}: ${res.error.message}`, requirement);
    expect(tlsOf(res.info).cipher, `${requirement}: cipher suite negotiated when only ${suite.iana} is offered`).to.equal(suite.openssl);
    if (checkCertificate) expectServerCertificate(ctx, res.info, suite.iana);
  }
}

/** Steps "BootNotificationRequest ... The CSMS responds" and "notifies the CSMS about the current state of all connectors". */
export async function bootAndReport(ctx: CaseContext<'2.0.1', 'CSMS'>, requirement = 'B01.FR.02'): Promise<void> {
  await bootAccepted(ctx, 'PowerUp', requirement);
  await reportConnectors(ctx, 'Available');
}

export const stationPassword = (ctx: CaseContext<'2.0.1', 'CSMS'>): string => String(ctx.settings.basicAuthPassword ?? '');

/** A randomly chosen identifierString of 16 to 40 characters (A_03). */
export function randomPassword(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = randomInt(16, 41); i > 0; i -= 1) out += chars[randomInt(chars.length)];
  return out;
}

/** The station's SetVariablesResponse: every variable gets `status`. */
export const setVariablesAnswer = (status: SetVariableStatus) => (request: Request<'2.0.1', 'SetVariables'>): Response<'2.0.1', 'SetVariables'> => ({
  setVariableResult: (request.setVariableData ?? []).map((d) => ({ attributeStatus: status, component: d.component, variable: d.variable })),
});

/** A 2.0.1 SetVariableStatusEnumType. */
export type SetVariableStatus = Response<'2.0.1', 'SetVariables'>['setVariableResult'][number]['attributeStatus'];

export interface VariableEntry { component?: { name?: string }; variable?: { name?: string }; attributeValue?: string }

/** Steps 1-2 of A_09/A_10: the CSMS sends SetVariables BasicAuthPassword; the station answers `status`. Returns the new password. */
export async function passwordUpdate(ctx: CaseContext<'2.0.1', 'CSMS'>, status: 'Accepted' | 'Rejected'): Promise<string> {
  const { expect } = ctx;
  const call = await csmsRequest(ctx, 'SetVariables', setVariablesAnswer(status), {
    hint: { setVariableData: [{ component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' } }] },
  });
  const data = call.payload.setVariableData ?? [];
  const entry = data.find((d) => d.variable?.name === 'BasicAuthPassword');
  expect(entry?.variable?.name, 'A01.FR.02: SetVariablesRequest variable.name').to.equal('BasicAuthPassword');
  expect(entry?.component?.name, 'A01.FR.02: SetVariablesRequest component.name').to.equal('SecurityCtrlr');
  return String(entry?.attributeValue ?? '');
}

import { randomBytes } from 'node:crypto';
import type { CaseContext, ConnectionAttempt, PkiRole, Request } from '../../kit.js';
import { configure, readVariable, type VariableSetting } from '../_shared/charging-session.cs.js';

// --- helpers of this block ------------------------------------------------------------------------

/** The TLS 1.2 cipher suites of A00.FR.319 (OpenSSL names): ECDHE-ECDSA or RSA key exchange, AES-GCM. */
export const REQUIRED_SUITES = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384'];

/** passwordString of 16 to 40 characters (part 2, 2.1.4; A00.FR.205). */
export const PASSWORD = /^[A-Za-z0-9*\-_=:+|@.]{16,40}$/;

/** The invalid server certificates of TC_A_05_CS (errata 2025-02: generated ones), by test-PKI role. */
export const INVALID_SERVER_CERTS: ReadonlyArray<{ role: PkiRole; what: string }> = [
  { role: 'expired-server', what: 'an expired certificate' },
  { role: 'not-yet-valid-server', what: 'a certificate with a future validity date' },
  { role: 'unknown-ca-server', what: 'a certificate not signed by the installed CSMS root' },
  { role: 'wrong-host-server', what: 'a certificate whose commonName is not the FQDN of the server' },
];

/** What a connection's TLS details hold (the harness endpoint records them). */
export interface TlsDetails {
  protocol?: string | null;
  cipher?: string;
  clientCert?: { commonName?: string; fingerprint256?: string; serialNumber?: string; bits?: number; keyType?: string };
}

export const tlsOf = (info: Record<string, unknown>): TlsDetails | undefined => info.tls as TlsDetails | undefined;

/** The reconnection after a dropped connection or a power cycle may take the station's back-off: a few message timeouts. */
export const reconnectMs = (ctx: CaseContext<'2.0.1', 'CS'>): number => ctx.ics.timeouts.messageMs * 4;

/** The attempt must have set up a connection; otherwise a FAIL blaming `requirement`, with how it ended. */
export function connected(ctx: CaseContext<'2.0.1', 'CS'>, attempt: ConnectionAttempt, requirement: string, what: string): Record<string, unknown> {
  if (attempt.kind === 'connected') return attempt.info;
  const how = attempt.kind === 'tlsFailed' ? `the TLS handshake failed (${attempt.reason})` : `the upgrade was refused with HTTP ${attempt.status} (${attempt.reason})`;
  return ctx.fail(`${what}: ${how}`, requirement);
}

export const component = (name: string, variable: string, instance?: string): Omit<VariableSetting, 'value'> => ({ component: name, variable, ...(instance ? { instance } : {}) });

export async function setVariable(ctx: CaseContext<'2.0.1', 'CS'>, v: Omit<VariableSetting, 'value'>, value: string): Promise<string> {
  const res = await ctx.sut.call('SetVariables', {
    setVariableData: [{ component: { name: v.component }, variable: { name: v.variable, ...(v.instance ? { instance: v.instance } : {}) }, attributeValue: value }],
  });
  return String(res.setVariableResult?.[0]?.attributeStatus);
}

export const BASIC_AUTH_PASSWORD = component('SecurityCtrlr', 'BasicAuthPassword');

export const NETWORK_PRIORITY = component('OCPPCommCtrlr', 'NetworkConfigurationPriority');

export function configuredPassword(ctx: CaseContext<'2.0.1', 'CS'>): string {
  const password = ctx.settings.basicAuthPassword;
  if (password === undefined) return ctx.fail('the harness has no Basic-auth password for the station (config \'password\')');
  return password;
}

/** A new passwordString of 24 characters. */
export const newPassword = (): string => `Harness-${randomBytes(8).toString('hex')}`;

/** The station's two network configuration slots: the one in use (ActiveNetworkProfile, 1 when not implemented) and the other. */
export async function slots(ctx: CaseContext<'2.0.1', 'CS'>): Promise<{ active: number; other: number }> {
  const active = Number(await readVariable(ctx, component('OCPPCommCtrlr', 'ActiveNetworkProfile'))) || 1;
  return { active, other: active === 1 ? 2 : 1 };
}

/** The endpoint's URL for a security profile (ws:// or wss://); `alternate`: the same server under another path, an ocppCsmsUrl not in use. */
export function endpointFor(ctx: CaseContext<'2.0.1', 'CS'>, securityProfile: number, alternate = false): string {
  const base = new URL(String(ctx.settings.endpoint));
  const path = base.pathname.replace(/\/+$/, '');
  return `${securityProfile >= 2 ? 'wss' : 'ws'}://${base.host}${path}${alternate ? '-alt' : ''}`;
}

/** connectionData of a SetNetworkProfileRequest for the configured endpoint with another URL / security profile. */
export async function connectionData(ctx: CaseContext<'2.0.1', 'CS'>, url: string, securityProfile: number): Promise<Request<'2.0.1', 'SetNetworkProfile'>['connectionData']> {
  const timeout = Number(await readVariable(ctx, component('OCPPCommCtrlr', 'MessageTimeout', 'Default'))) || 30;
  return { messageTimeout: timeout, ocppCsmsUrl: url, ocppInterface: 'Wired0', ocppTransport: 'JSON', ocppVersion: 'OCPP20', securityProfile };
}

/**
 * Configuration State: sets the variables (`optional`: only if implemented) and returns what puts the
 * previous values back, for the end of the case (the cases that follow expect the station as it was).
 */
export async function configurationState(ctx: CaseContext<'2.0.1', 'CS'>, settings: Array<VariableSetting & { optional?: boolean }>): Promise<() => Promise<void>> {
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
export async function onlyActiveSlot(ctx: CaseContext<'2.0.1', 'CS'>, settings: Array<VariableSetting & { optional?: boolean }> = []): Promise<{ slot: { active: number; other: number }; restore: () => Promise<void> }> {
  const slot = await slots(ctx);
  const restore = await configurationState(ctx, [...settings, { ...NETWORK_PRIORITY, value: String(slot.active), optional: true }]);
  return { slot, restore };
}

/** The EVSE ids whose ISO15118Ctrlr reports a SeccId, from a FullInventory base report. */
export async function seccEvses(ctx: CaseContext<'2.0.1', 'CS'>): Promise<number[]> {
  const { sut, expect } = ctx;
  const requestId = Math.floor(Math.random() * 1_000_000);
  const res = await sut.call('GetBaseReport', { requestId, reportBase: 'FullInventory' });
  expect(res.status, 'B07.FR.01: GetBaseReportResponse status').to.equal('Accepted');
  const evses: number[] = [];
  for (let more = true; more;) {
    const part = await sut.expectCall('NotifyReport', { filter: (p) => p.requestId === requestId, describe: '(FullInventory)' });
    for (const d of part.payload.reportData ?? []) {
      const c = d.component as { name?: string; evse?: { id?: number } } | undefined;
      const v = d.variable as { name?: string } | undefined;
      if (c?.name === 'ISO15118Ctrlr' && v?.name === 'SeccId' && c.evse?.id !== undefined && !evses.includes(c.evse.id)) evses.push(c.evse.id);
    }
    more = part.payload.tbc === true;
  }
  return evses;
}

/** <Configured CertSigningWaitMinimum> (s): short, so the case takes seconds. */
export const CERT_SIGNING_WAIT_MINIMUM_S = 2;

/** Timers may fire a few milliseconds off. */
export const TIMER_SLACK_MS = 50;

export async function restoreSecurityProfile(ctx: CaseContext<'2.0.1', 'CS'>, profile: number): Promise<void> {
  await ctx.sut.reconfigureEndpoint({});
  await ctx.operator.do('configureStation', { setting: 'securityProfile', value: profile });
  await ctx.sut.expectConnection(reconnectMs(ctx));
}

/** Deletes every installed CSMSRootCertificate (GetInstalledCertificateIds, DeleteCertificate). */
export async function removeCsmsRoots(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  const { sut, expect } = ctx;
  const ids = await sut.call('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
  for (const chain of ids.certificateHashDataChain ?? []) {
    const res = await sut.call('DeleteCertificate', { certificateHashData: chain.certificateHashData });
    expect(res.status, 'M04.FR.01: DeleteCertificateResponse status (removing the CSMSRootCertificate, AQ-1)').to.equal('Accepted');
  }
}

import { CaseInconclusive, defineTestCase, type CaseContext, type Request, type Response } from '../../kit.js';
import { later, transactionRunning, type TxSession } from '../_shared/charging-session.cs.js';
import { configured, configuredText, type ConfiguredName } from '../_shared/configured.js';
import { evConnectedPostSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';

// --- helpers of this block ----------------------------------------------------------------------

export interface ComponentVariable {
  component: { name: string; instance?: string; evse?: { id: number; connectorId?: number } };
  variable: { name: string; instance?: string };
}

export const cv = (component: string, name: string, instance?: string, evse?: { id: number; connectorId?: number }): ComponentVariable => ({
  component: { name: component, ...(evse ? { evse } : {}) }, variable: { name, ...(instance ? { instance } : {}) },
});

export const label = (d: ComponentVariable): string =>
  `${d.component.name}${d.component.evse ? `#${d.component.evse.id}${d.component.evse.connectorId !== undefined ? `/${d.component.evse.connectorId}` : ''}` : ''}`
  + `.${d.variable.name}${d.variable.instance ? `[${d.variable.instance}]` : ''}`;

export const sameVariable = (a: ComponentVariable, b: ComponentVariable): boolean => label(a) === label(b);

export const OFFLINE_THRESHOLD = cv('OCPPCommCtrlr', 'OfflineThreshold');

/** AuthCtrlr.LocalAuthorizationOffline as Part 6 and the Part 2 body name it; the device-model CSV says LocalAuthorizeOffline. */
export const LOCAL_AUTHORIZE_OFFLINE_NAMES = [cv('AuthCtrlr', 'LocalAuthorizationOffline'), cv('AuthCtrlr', 'LocalAuthorizeOffline')];

/** The spelling of LocalAuthorizationOffline the station has (either is accepted); Part 6's when it has neither. */
export async function localAuthorizeOffline(ctx: CaseContext<'2.0.1', 'CS'>): Promise<ComponentVariable> {
  const results = await getVariables(ctx, LOCAL_AUTHORIZE_OFFLINE_NAMES);
  const known = LOCAL_AUTHORIZE_OFFLINE_NAMES.find((v) => results.some((r) => sameVariable(r as unknown as ComponentVariable, v) && r.attributeStatus === 'Accepted'));
  if (known) ctx.log(`the station names it ${label(known)}`);
  return known ?? (LOCAL_AUTHORIZE_OFFLINE_NAMES[0] as ComponentVariable);
}

export const NETWORK_PRIORITY = cv('OCPPCommCtrlr', 'NetworkConfigurationPriority');

/** The <Configured offlineThreshold> of the Before steps that need one (a string, as SetVariables takes it). */
export const configuredOfflineThreshold = (ctx: CaseContext<'2.0.1', 'CS'>): string => String(configured(ctx, 'offlineThreshold'));

export let lastRequestId = Math.floor(Date.now() / 1000) % 1_000_000 * 10;

/** A fresh requestId (steps of 10: a report that comes with a neighbouring id is not taken for the next request's). */
export const newRequestId = (): number => (lastRequestId += 10);

export const issuedRequestIds = new Set<number>();

/** The <Configured evseId> / <Configured connectorId>: the first EVSE of the ICS, its connector 1. */
export function configuredConnector(ctx: CaseContext<'2.0.1', 'CS'>): { evseId: number; connectorId: number } {
  return { evseId: ctx.ics.evses[0]?.id ?? 1, connectorId: 1 };
}

/** A 2.0.1 AttributeEnumType (Actual, Target, MinSet, MaxSet). */
export type AttributeType = NonNullable<Request<'2.0.1', 'GetVariables'>['getVariableData'][number]['attributeType']>;
export type SetVariableResult = Response<'2.0.1', 'SetVariables'>['setVariableResult'][number];
export type GetVariableResult = Response<'2.0.1', 'GetVariables'>['getVariableResult'][number];

export async function setVariables(ctx: CaseContext<'2.0.1', 'CS'>, data: Array<ComponentVariable & { attributeValue: string; attributeType?: AttributeType }>): Promise<SetVariableResult[]> {
  const res = await ctx.sut.call('SetVariables', { setVariableData: data });
  return res.setVariableResult ?? [];
}

export async function getVariables(ctx: CaseContext<'2.0.1', 'CS'>, data: Array<ComponentVariable & { attributeType?: AttributeType }>): Promise<GetVariableResult[]> {
  const res = await ctx.sut.call('GetVariables', { getVariableData: data });
  return res.getVariableResult ?? [];
}

/** The result for one component/variable in a Get/SetVariablesResponse (results may come in any order). */
export function resultFor<R extends ComponentVariable>(ctx: CaseContext<'2.0.1', 'CS'>, results: R[], wanted: ComponentVariable, requirement: string): R {
  const found = results.find((r) => sameVariable(r, wanted));
  if (!found) ctx.fail(`the response has no result for ${label(wanted)}`, requirement);
  return found;
}

/** A Configuration State step (Accepted or RebootRequired); a Rejected `<Configured ...>` value (named third) is INCONCLUSIVE. */
export async function configure(ctx: CaseContext<'2.0.1', 'CS'>, entries: Array<[ComponentVariable, string, ConfiguredName?]>): Promise<void> {
  const results = await setVariables(ctx, entries.map(([v, value]) => ({ ...v, attributeValue: value })));
  for (const [v, value, name] of entries) {
    const r = resultFor(ctx, results, v, 'B05.FR.02');
    if (name && r.attributeStatus === 'Rejected') {
      throw new CaseInconclusive(`the station refused ${label(v)} = ${value} (SetVariables Rejected), the configured value ${name} this case needs: set configured.${name} in the config file to a value it accepts`);
    }
    ctx.expect(r.attributeStatus, `B05.FR.10: configuration state ${label(v)} = ${value}`).to.be.oneOf(['Accepted', 'RebootRequired']);
  }
}

/** The current values, to put back after a case that changed them (keeps later cases independent). */
export async function currentValues(ctx: CaseContext<'2.0.1', 'CS'>, vars: ComponentVariable[]): Promise<Array<[ComponentVariable, string]>> {
  const results = await getVariables(ctx, vars);
  return vars.flatMap((v) => {
    const r = results.find((x) => sameVariable(x as unknown as ComponentVariable, v));
    return r?.attributeStatus === 'Accepted' && typeof r.attributeValue === 'string' ? [[v, r.attributeValue] as [ComponentVariable, string]] : [];
  });
}

/** "attributeStatusInfo is absent or reasonCode = <code>". */
export function statusInfoIs(ctx: CaseContext<'2.0.1', 'CS'>, info: unknown, codes: string[], what: string): void {
  if (info === undefined) return;
  ctx.expect((info as { reasonCode?: string }).reasonCode, what).to.be.oneOf(codes);
}

// --- B01-B03 Booting ------------------------------------------------------------------------------

/** Retry interval given with Pending/Rejected where the case waits for the retry: short, so the case stays fast. */
export const BOOT_RETRY_S = 2;

/** <Configured RetryBackOffWaitMinimum> (s). */
export const retryWaitS = (ctx: CaseContext<'2.0.1', 'CS'>): number => configured(ctx, 'retryBackOffWaitMinimum');

/** TC_B_32/33/34: one GetVariables that must come back with `status` and no value. */
export function getVariablesNegative(id: string, title: string, requirement: string, data: ComponentVariable & { attributeType?: AttributeType }, status: string) {
  return defineTestCase({
    id,
    title,
    version: '2.0.1',
    sut: 'CS',
    profiles: ['Core'],
    covers: ['B06', requirement],
    catches: ['getvariables-wrong-status'],
    async run(ctx) {
      const { expect } = ctx;
      // 1. GetVariablesRequest.
      const results = await getVariables(ctx, [data]);
      // 2. GetVariablesResponse.
      const r = results[0];
      expect(r?.attributeStatus, `${requirement}: getVariableResult[0].attributeStatus`).to.equal(status);
      expect(r?.attributeValue, `${requirement}: getVariableResult[0].attributeValue is omitted`).to.equal(undefined);
      expect((r?.component as { name?: string } | undefined)?.name, 'B06.FR.02: getVariableResult[0].component.name').to.equal(data.component.name);
      expect((r?.variable as { name?: string } | undefined)?.name, 'B06.FR.02: getVariableResult[0].variable.name').to.equal(data.variable.name);
      if (data.attributeType) expect(r?.attributeType, 'B06.FR.03: getVariableResult[0].attributeType').to.equal(data.attributeType);
    },
  });
}

/** TC_B_35/36/37/39: one SetVariables that must come back with `status`. */
export function setVariablesNegative(id: string, title: string, requirement: string, data: ComponentVariable & { attributeType?: AttributeType }, status: string, fault: string) {
  return defineTestCase({
    id,
    title,
    version: '2.0.1',
    sut: 'CS',
    profiles: ['Core'],
    covers: ['B05', requirement],
    catches: [fault],
    async run(ctx) {
      const { expect } = ctx;
      // 1. SetVariablesRequest (Part 6 gives no value: any well-formed one will do).
      const results = await setVariables(ctx, [{ ...data, attributeValue: '300' }]);
      // 2. SetVariablesResponse.
      const r = results[0];
      expect(r?.attributeStatus, `${requirement}: setVariableResult[0].attributeStatus`).to.equal(status);
      expect((r?.component as { name?: string } | undefined)?.name, 'B05.FR.02: setVariableResult[0].component.name').to.equal(data.component.name);
      expect((r?.variable as { name?: string } | undefined)?.name, 'B05.FR.02: setVariableResult[0].variable.name').to.equal(data.variable.name);
      expect((r?.variable as { instance?: string } | undefined)?.instance, 'B05.FR.02: setVariableResult[0].variable.instance').to.equal(data.variable.instance);
      if (data.attributeType) expect(r?.attributeType, 'B05.FR.03: setVariableResult[0].attributeType').to.equal(data.attributeType);
    },
  });
}

// --- B12 Reset with transactions ----------------------------------------------------------------------

/** Steps "Execute Reusable State StopAuthorized / EVConnectedPostSession / EVDisconnected / ParkingBayUnoccupied" up to the end of the transaction. */
export async function endSession(ctx: CaseContext<'2.0.1', 'CS'>, s: TxSession): Promise<void> {
  await stopAuthorized(ctx);
  // The later states only while the transaction still runs (Part 6 notes: it ends at the TxStopPoint).
  if (transactionRunning(s)) await evConnectedPostSession(ctx);
  if (transactionRunning(s)) await evDisconnected(ctx);
  if (transactionRunning(s)) await parkingBayUnoccupied(ctx);
}

/** After a reboot: the configured connector Occupied while the EV is still connected, every other one Available. */
export const afterReboot = (s: TxSession) => (e: number, c: number) => (s.evConnected && e === s.evseId && c === s.connectorId ? 'Occupied' : 'Available');

// --- B11/B12 Reset of one EVSE ----------------------------------------------------------------------

/**
 * Note "<Configured evseId> reboots". Armed before the reset: when the station reports the EVSE's
 * connector Unavailable meanwhile (B11.FR.08: it MAY), `restarted()` waits until it reports it back.
 */
export function evseReboot(ctx: CaseContext<'2.0.1', 'CS'>, evseId: number): { restarted: () => Promise<void> } {
  const { sut, ics } = ctx;
  const down = later(sut.expectCall('StatusNotification', {
    describe: `(EVSE ${evseId} resetting)`, timeoutMs: ics.timeouts.messageMs * 5, filter: (p) => p.evseId === evseId && p.connectorStatus === 'Unavailable',
  }));
  return {
    async restarted() {
      const unavailable = await down.then((c) => c.payload, () => undefined);
      if (!unavailable) return;
      // Reported after the Unavailable one (the station's own timestamps).
      const since = Date.parse(String(unavailable.timestamp));
      await sut.expectCall('StatusNotification', {
        describe: `(EVSE ${evseId} back)`, requirement: 'B11.FR.08', timeoutMs: ics.timeouts.messageMs * 3,
        filter: (p) => p !== unavailable && p.evseId === evseId && p.connectorStatus !== 'Unavailable' && Date.parse(String(p.timestamp)) >= since,
      });
    },
  };
}

// --- B09/B10 Network profiles ------------------------------------------------------------------------

/**
 * The harness's two endpoints: the one the station was configured with, and the same listener under
 * another path. A case moves the station to the endpoint it is not using now.
 */
export function endpoints(ctx: CaseContext<'2.0.1', 'CS'>): { active: { url: string; path: string }; other: { url: string; path: string } } {
  const base = new URL(String(ctx.settings.endpoint));
  const primary = base.pathname.replace(/\/+$/, '');
  const alternate = `${primary}-alt`;
  const url = (path: string) => `${base.protocol}//${base.host}${path}`;
  const connected = String(ctx.sut.connectionInfo()?.path ?? '');
  const onAlternate = connected.startsWith(`${alternate}/`);
  const a = onAlternate ? alternate : primary;
  const b = onAlternate ? primary : alternate;
  return { active: { url: url(a), path: `${a}/` }, other: { url: url(b), path: `${b}/` } };
}

/** ActiveNetworkProfile (when implemented), and the other slot of the two the test system uses. */
/**
 * Step 1 (errata 2025-09 6.2.17): the slot to write is <Configured configurationSlot> or <Configured
 * configurationSlot2>, whichever is not in use (ActiveNetworkProfile; never overwrite the active one);
 * `fallback` is the other configured slot, second in NetworkConfigurationPriority (step 3).
 */
export async function slots(ctx: CaseContext<'2.0.1', 'CS'>): Promise<{ active: number; other: number; fallback: number }> {
  const first = configured(ctx, 'configurationSlot');
  const second = configured(ctx, 'configurationSlot2');
  const [r] = await getVariables(ctx, [cv('OCPPCommCtrlr', 'ActiveNetworkProfile')]);
  const active = r?.attributeStatus === 'Accepted' ? Number(r.attributeValue) : first;
  const other = active === first ? second : first;
  return { active, other, fallback: other === first ? second : first };
}

export async function messageTimeout(ctx: CaseContext<'2.0.1', 'CS'>): Promise<number> {
  const [r] = await getVariables(ctx, [cv('OCPPCommCtrlr', 'MessageTimeout', 'Default')]);
  return Number(r?.attributeValue) || 30;
}

/**
 * Steps 1-6 of the migration cases: SetNetworkProfile for the unused slot with the other endpoint,
 * NetworkConfigurationPriority = that slot first, then ResetRequest (always sent: errata 2025-06).
 */
export async function migrate(ctx: CaseContext<'2.0.1', 'CS'>, url: string, slot: { other: number; fallback: number }): Promise<void> {
  const { sut, expect, ics } = ctx;
  // 1-2. SetNetworkProfileRequest for the slot not in use: Accepted.
  const res = await sut.call('SetNetworkProfile', {
    configurationSlot: slot.other,
    connectionData: {
      messageTimeout: await messageTimeout(ctx), ocppCsmsUrl: url, ocppInterface: configuredText(ctx, 'ocppInterface') as Request<'2.0.1', 'SetNetworkProfile'>['connectionData']['ocppInterface'], ocppTransport: 'JSON', ocppVersion: 'OCPP20',
      securityProfile: ics.securityProfile,
    },
  });
  expect(res.status, 'B09.FR.01: SetNetworkProfileResponse status').to.equal('Accepted');
  // 3-4. NetworkConfigurationPriority = "<slot of step 1>,<the other configured slot>": Accepted or RebootRequired.
  const [set] = await setVariables(ctx, [{ ...NETWORK_PRIORITY, attributeValue: `${slot.other},${slot.fallback}` }]);
  expect(set?.attributeStatus, 'B10.FR.01: SetVariablesResponse setVariableResult[0].attributeStatus').to.be.oneOf(['Accepted', 'RebootRequired']);
  // 5-6. ResetRequest: Accepted.
  const reset = await sut.call('Reset', { type: 'OnIdle' });
  expect(reset.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
}

/** Deletes an installed CSMS root again (best effort), so the cases after this one see the station's own roots. */
export async function removeCsmsRoot(ctx: CaseContext<'2.0.1', 'CS'>, pem: string): Promise<void> {
  const { X509Certificate } = await import('node:crypto');
  const norm = (s: string) => s.toLowerCase().replace(/^0+/, '');
  const serial = norm(new X509Certificate(pem).serialNumber);
  const ids = await ctx.sut.callRaw('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
  if (ids.kind !== 'result') return;
  const chains = (ids.payload.certificateHashDataChain as Array<{ certificateHashData: Request<'2.0.1', 'DeleteCertificate'>['certificateHashData'] }> | undefined) ?? [];
  const entry = chains.find((c) => norm(String(c.certificateHashData.serialNumber)) === serial);
  if (entry) await ctx.sut.callRaw('DeleteCertificate', { certificateHashData: entry.certificateHashData });
}

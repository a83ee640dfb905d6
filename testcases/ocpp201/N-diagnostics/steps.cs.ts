/**
 * Steps of the N Diagnostics cases, charging station under test: the harness plays the CSMS. It sets,
 * reports and clears monitors (N02-N06) and asks for customer information (N09, N10); the case checks
 * the station's answers and reports as Part 6's tool validations say.
 */
import { CaseInconclusive, type CaseContext, type Payload, type Request, type Response } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { validToken } from '../_shared/charging-session.cs.js';
import { idTokenOf } from '../_shared/id-token.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;
export type MonitoringData = Request<'2.0.1', 'SetVariableMonitoring'>['setMonitoringData'][number];
export type MonitoringResult = Response<'2.0.1', 'SetVariableMonitoring'>['setMonitoringResult'][number];
type ComponentVariable = NonNullable<Request<'2.0.1', 'GetMonitoringReport'>['componentVariable']>[number];
type ReportedMonitor = NonNullable<Request<'2.0.1', 'NotifyMonitoringReport'>['monitor']>[number];

/** <Configured evseId>: the first EVSE of the ICS. */
export const configuredEvse = (ctx: Ctx): number => ctx.ics.evses[0]?.id ?? 1;
export const severity = (ctx: Ctx): number => configured(ctx, 'monitorSeverity');

export const cv = (component: string, variable?: string, evseId?: number): ComponentVariable => ({
  component: { name: component, ...(evseId === undefined ? {} : { evse: { id: evseId } }) }, ...(variable ? { variable: { name: variable } } : {}),
});

export const delta = (ctx: Ctx, target: ComponentVariable, sev: number, value = 1): MonitoringData => ({
  value, type: 'Delta', severity: sev, component: target.component, variable: target.variable ?? { name: 'AvailabilityState' },
});

const label = (c: { component?: { name?: string; evse?: { id?: number } }; variable?: { name?: string } }): string =>
  `${String(c.component?.name)}${c.component?.evse ? ` #${String(c.component.evse.id)}` : ''} ${String(c.variable?.name)}`;

/** Monitors this case installed: cleared in its cleanup (a case leaves the station as it found it). */
const installed = new WeakMap<Ctx, Set<number>>();

/** SetVariableMonitoringRequest with `data`; returns the results in the order of `data` (matched by type, severity and component/variable). */
export async function setMonitors(ctx: Ctx, data: MonitoringData[]): Promise<MonitoringResult[]> {
  const res = await ctx.sut.call('SetVariableMonitoring', { setMonitoringData: data }, { requirement: 'N04.FR.01' });
  const results = [...(res.setMonitoringResult ?? [])];
  const mine = installed.get(ctx) ?? new Set<number>();
  installed.set(ctx, mine);
  for (const r of results) if (r.status === 'Accepted' && r.id !== undefined) mine.add(r.id);
  // N04.FR.02: in arbitrary order; each datum takes the first unused result of its component/variable, type and severity.
  return data.map((d) => {
    const i = results.findIndex((r) => r.type === d.type && r.severity === d.severity && label(r) === label(d));
    return i < 0 ? ({ status: 'Missing', type: d.type, severity: d.severity, component: d.component, variable: d.variable } as unknown as MonitoringResult) : results.splice(i, 1)[0]!;
  });
}

/** Tool validation of one setMonitoringResult: status (one of `statuses`), type, severity, component/variable, statusInfo reason. */
/** `reasons` undefined: Part 6 says nothing of statusInfo there. */
export function expectResult(ctx: Ctx, r: MonitoringResult, d: MonitoringData, statuses: string[], reasons: string[] | undefined, requirement: string): void {
  const { expect } = ctx;
  expect(r.status, `${requirement}: setMonitoringResult status for ${label(d)} (${d.type}, severity ${d.severity})`).to.be.oneOf(statuses);
  expect(r.type, `${requirement}: setMonitoringResult type`).to.equal(d.type);
  expect(r.severity, `${requirement}: setMonitoringResult severity`).to.equal(d.severity);
  expect(label(r), `${requirement}: setMonitoringResult component/variable`).to.equal(label(d));
  if (r.statusInfo && reasons) expect(r.statusInfo.reasonCode, `${requirement}: setMonitoringResult statusInfo.reasonCode`).to.be.oneOf(reasons);
  if (r.status !== 'Accepted') expect(r.id, `${requirement}: setMonitoringResult id absent (no monitor was set)`).to.equal(undefined);
}

/** Configuration / Memory State "the following monitors must be present ... or configured by CSMS": set, not graded; a refusal is INCONCLUSIVE. */
export async function monitorsPresent(ctx: Ctx, data: MonitoringData[]): Promise<number[]> {
  const results = await setMonitors(ctx, data);
  return results.map((r, i) => {
    if (r.status !== 'Accepted' || r.id === undefined) throw new CaseInconclusive(`the station refused the monitor the case needs (${label(data[i]!)} ${data[i]!.type}): ${r.status}`);
    return r.id;
  });
}

/** Runs `body` and clears the monitors the case set afterwards (pass or fail). */
export async function monitorCase(ctx: Ctx, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } finally {
    await clearInstalled(ctx);
  }
}

/** Cleanup, not graded: the monitors this case set are cleared. */
export async function clearInstalled(ctx: Ctx): Promise<void> {
  const ids = [...(installed.get(ctx) ?? [])];
  installed.delete(ctx);
  if (!ids.length || !ctx.sut.isConnected()) return;
  await ctx.sut.callRaw('ClearVariableMonitoring', { id: ids }).catch(() => undefined);
}

let nextRequestId = 7000;
/** A fresh requestId for the requests of these cases. */
export const newRequestId = (): number => nextRequestId++;

/**
 * GetMonitoringReportRequest with `criteria` / `variables`; returns the status and, when Accepted, the monitors of
 * every NotifyMonitoringReport part (N02.FR.03-04: requestId, seqNo from 0 incremented by 1, while tbc).
 */
export async function monitoringReport(ctx: Ctx, request: { monitoringCriteria?: Request<'2.0.1', 'GetMonitoringReport'>['monitoringCriteria']; componentVariable?: ComponentVariable[] }, expected: 'Accepted' | 'EmptyResultSet', requirement: string): Promise<ReportedMonitor[]> {
  const { sut, expect, ics } = ctx;
  const requestId = nextRequestId++;
  const res = await sut.call('GetMonitoringReport', { requestId, ...request }, { requirement });
  expect(res.status, `${requirement}: GetMonitoringReportResponse status`).to.equal(expected);
  if (res.statusInfo) expect(res.statusInfo.reasonCode, `${requirement}: GetMonitoringReportResponse statusInfo.reasonCode`).to.equal(expected === 'Accepted' ? 'NoError' : 'NotFound');
  if (expected !== 'Accepted') return [];
  const monitors: ReportedMonitor[] = [];
  for (let seqNo = 0; ; seqNo += 1) {
    const part = await sut.expectCall('NotifyMonitoringReport', { requirement: 'N02.FR.03', describe: `(report part ${seqNo})`, timeoutMs: ics.timeouts.messageMs * 2, filter: (p) => p.requestId === requestId });
    expect(part.payload.requestId, 'N02.FR.04: NotifyMonitoringReportRequest requestId').to.equal(requestId);
    expect(part.payload.seqNo, 'N02.FR.04: NotifyMonitoringReportRequest seqNo').to.equal(seqNo);
    monitors.push(...(part.payload.monitor ?? []));
    if (part.payload.tbc !== true) return monitors;
  }
}

/** The monitor types a report holds for `target` (every type when `target` is undefined). */
export function typesOf(monitors: ReportedMonitor[], target?: ComponentVariable): string[] {
  return monitors.filter((m) => !target || label(m) === label(target))
    .flatMap((m) => (m.variableMonitoring ?? []).map((v) => v.type));
}

/** Whether a report holds the monitor `id`. */
export const reports = (monitors: ReportedMonitor[], id: number): boolean => monitors.some((m) => (m.variableMonitoring ?? []).some((v) => v.id === id));

// --- N09 / N10 customer information ------------------------------------------------------------------

/** Whom a CustomerInformationRequest names (default: the configured valid idToken). */
export type CustomerRef = Pick<Request<'2.0.1', 'CustomerInformation'>, 'idToken' | 'customerIdentifier' | 'customerCertificate'>;

/**
 * CustomerInformationRequest for the configured valid idToken, answered `expected`; when Accepted, the
 * NotifyCustomerInformation parts (seqNo from 0, while tbc). Returns the data they carry, joined.
 */
export async function customerInformation(ctx: Ctx, ask: { report: boolean; clear: boolean; who?: CustomerRef }, requirement: string): Promise<{ data: string; parts: number }> {
  const { sut, expect, ics } = ctx;
  const requestId = nextRequestId++;
  const who = ask.who ?? { idToken: idTokenOf(validToken(ctx)) };
  const res = await sut.call('CustomerInformation', { requestId, report: ask.report, clear: ask.clear, ...who }, { requirement });
  expect(res.status, `${requirement}: CustomerInformationResponse status`).to.equal('Accepted');
  let data = '';
  for (let seqNo = 0; ; seqNo += 1) {
    const part = await sut.expectCall('NotifyCustomerInformation', { requirement, describe: `(part ${seqNo})`, timeoutMs: ics.timeouts.messageMs * 2, filter: (p: Payload) => p.requestId === requestId });
    data += part.payload.data;
    if (part.payload.tbc !== true) return { data, parts: seqNo + 1 };
  }
}

/** Not graded: the station holds no customer information of the configured valid idToken (a clear without report before the case). */
export async function noCustomerData(ctx: Ctx): Promise<void> {
  const requestId = nextRequestId++;
  const res = await ctx.sut.callRaw('CustomerInformation', { requestId, report: false, clear: true, idToken: idTokenOf(validToken(ctx)) });
  if (res.kind === 'result' && res.payload.status === 'Accepted') {
    await ctx.sut.expectCall('NotifyCustomerInformation', { timeoutMs: ctx.ics.timeouts.messageMs * 2, filter: (p: Payload) => p.requestId === requestId }).catch(() => undefined);
  }
}

/** Configuration State of TC_N_27/30_CS (not graded; each only where the station implements it). */
export const CUSTOMER_DATA_CONFIGURATION = [
  { component: 'LocalAuthListCtrlr', variable: 'Enabled', value: 'true', optional: true },
  { component: 'AuthCtrlr', variable: 'LocalPreAuthorize', value: 'true', optional: true },
  { component: 'AuthCacheCtrlr', variable: 'Enabled', value: 'true', optional: true },
];

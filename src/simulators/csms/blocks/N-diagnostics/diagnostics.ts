/**
 * N Diagnostics, reference CSMS: the default payloads of the monitoring requests (N02-N06) and of
 * CustomerInformation (N09, N10), on which the operator's hint goes (what to report, set, clear, of
 * whom); its request faults apply after the hint (shapeRequest). And the reports it takes:
 * NotifyMonitoringReport (N02.FR.10) and NotifyCustomerInformation (N09.FR.04), acknowledged.
 * NotifyEvent (N07, N08) is answered by G Availability, which owns that action. GetLog (N01): the log
 * type and the remoteLocation from the hint; LogStatusNotification acknowledged.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { CallOutcome } from '../../../../rpc/connection.js';
import { callError, ok, type HandlerTable, type RequestContext } from '../../types.js';
import type { CsmsBlockFactory } from '../../block-host.js';
import type { FAULTS } from './faults.js';
import { LocalListTracker } from './local-list-update.js';

type Faults = (typeof FAULTS)[number]['name'];

const CUSTOMER_KEYS = ['idToken', 'customerIdentifier', 'customerCertificate'];
const SWAP_CRITERIA: Record<string, string> = { DeltaMonitoring: 'ThresholdMonitoring', ThresholdMonitoring: 'DeltaMonitoring' };
const BASES = ['All', 'FactoryDefault', 'HardWiredOnly'];

/** CustomerInformation: report and clear as the hint says; a customer named by the hint, else a customerIdentifier. */
function customerInformation(ctx: RequestContext, hint: Payload): Payload {
  const named = CUSTOMER_KEYS.some((k) => hint[k] !== undefined);
  return { requestId: ctx.nextRequestId(), report: true, clear: false, ...(named ? {} : { customerIdentifier: 'customer-1' }) };
}

function shapeCustomerInformation(has: (f: Faults) => boolean, p: Payload): void {
  if (has('customer-info-report-flipped')) p.report = p.report !== true;
  if (has('customer-info-clear-ignored')) p.clear = false;
  if (has('customer-info-extra-identifier') && p.customerIdentifier !== undefined) p.idToken = { idToken: String(p.customerIdentifier), type: 'Central' };
  if (has('customer-info-wrong-customer')) {
    const token = p.idToken as Payload | undefined;
    if (token) p.idToken = { ...token, idToken: `${String(token.idToken)}X` };
    if (p.customerIdentifier !== undefined) p.customerIdentifier = `${String(p.customerIdentifier)}X`;
    const cert = p.customerCertificate as Payload | undefined;
    if (cert) p.customerCertificate = { ...cert, serialNumber: String(cert.serialNumber).endsWith('1') ? `${String(cert.serialNumber).slice(0, -1)}2` : `${String(cert.serialNumber).slice(0, -1)}1` };
  }
}

function shapeMonitoringReport(has: (f: Faults) => boolean, p: Payload): void {
  const criteria = p.monitoringCriteria as string[] | undefined;
  if (criteria && has('monitoring-report-wrong-criteria')) p.monitoringCriteria = criteria.map((c) => SWAP_CRITERIA[c] ?? c);
  const list = p.componentVariable as Payload[] | undefined;
  if (list?.length && has('monitoring-report-drops-component')) {
    if (list.length > 1) p.componentVariable = list.slice(0, -1);
    else delete p.componentVariable;
  }
  if (!criteria && !list && has('monitoring-report-adds-criteria')) p.monitoringCriteria = ['ThresholdMonitoring'];
  if (has('monitoring-report-untested-filter')) {
    if (list?.length && !criteria) p.monitoringCriteria = ['ThresholdMonitoring', 'DeltaMonitoring', 'PeriodicMonitoring'];
    if (criteria && !list) p.componentVariable = [{ component: { name: 'ChargingStation' } }];
  }
}

/** The request faults of this block on the payload built from the default and the operator's hint. */
function shape(ctx: RequestContext<Faults>, action: string, payload: Payload): Payload {
  const has = ctx.csms.hasFault;
  // 1.6 (security whitepaper): GetLog only (OCTT 1.6 TC_079_CSMS).
  if (ctx.version === '1.6' && action !== 'GetLog') return payload;
  const p: Payload = { ...payload };
  switch (action) {
    case 'CustomerInformation': shapeCustomerInformation(has, p); break;
    case 'GetMonitoringReport': shapeMonitoringReport(has, p); break;
    case 'SetMonitoringBase':
      if (has('monitoring-base-wrong')) p.monitoringBase = BASES[(BASES.indexOf(String(p.monitoringBase)) + 1) % BASES.length];
      break;
    case 'SetMonitoringLevel':
      if (has('monitoring-level-wrong')) p.severity = Number(p.severity) + 1;
      break;
    case 'SetVariableMonitoring':
      if (has('set-monitoring-wrong-type')) {
        p.setMonitoringData = ((p.setMonitoringData as Payload[] | undefined) ?? []).map((d) => (d.type === 'Periodic' ? d : { ...d, type: 'Periodic' }));
      }
      break;
    case 'GetLog':
      if (has('get-log-wrong-type')) p.logType = p.logType === 'SecurityLog' ? 'DiagnosticsLog' : 'SecurityLog';
      if (has('get-log-16-own-location')) p.log = { remoteLocation: 'ftp://127.0.0.1/logs' };
      break;
    case 'ClearVariableMonitoring':
      if (has('clear-monitoring-wrong-id')) p.id = ((p.id as number[] | undefined) ?? []).map((id) => Number(id) + 1);
      break;
    default: break;
  }
  return p;
}

const handlers = (lists: LocalListTracker): HandlerTable<Faults> => ({
  NotifyMonitoringReport: (_p, ctx) => (ctx.csms.hasFault('notify-monitoring-report-unhandled') ? callError('InternalError', 'unexpected NotifyMonitoringReport') : ok({})),
  LogStatusNotification: (_p, ctx) => (ctx.csms.hasFault('log-status-unhandled') ? callError('InternalError', 'unexpected LogStatusNotification') : ok({})),
  NotifyCustomerInformation: (p, ctx) => {
    if (ctx.csms.hasFault('notify-customer-information-unhandled')) return callError('InternalError', 'unexpected NotifyCustomerInformation');
    lists.afterReport(ctx, p); // N10.FR.02
    return ok({});
  },
});

interface VariableResult { component?: { name?: string }; variable?: { name?: string; instance?: string }; attributeStatus?: string; attributeValue?: string }

/** N06.FR.04: the station's MonitoringCtrlr.ItemsPerMessage[ClearVariableMonitoring], learnt from its GetVariables answer. */
function clearLimitOf(request: Payload, outcome: CallOutcome): number | undefined {
  if (outcome.kind !== 'result' || !Array.isArray(request.getVariableData)) return undefined;
  const r = ((outcome.payload.getVariableResult as VariableResult[] | undefined) ?? []).find((x) => x.component?.name === 'MonitoringCtrlr'
    && x.variable?.name === 'ItemsPerMessage' && x.variable.instance === 'ClearVariableMonitoring' && x.attributeStatus === 'Accepted');
  const n = Number(r?.attributeValue);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export const create: CsmsBlockFactory<Faults> = (host) => {
  const clearLimits = new Map<string, number>();
  const lists = new LocalListTracker(host.behaviour?.clearedCustomerFullList ?? false);
  return {
    handlers: () => handlers(lists),
    learnFromAnswer: (stationId, action, request, outcome) => {
      lists.learn(stationId, action, request, outcome);
      const limit = action === 'GetVariables' ? clearLimitOf(request, outcome) : undefined;
      if (limit !== undefined) clearLimits.set(stationId, limit);
    },
    // N06.FR.04: a ClearVariableMonitoringRequest holds at most ItemsPerMessage[ClearVariableMonitoring] ids.
    splitRequest: (stationId, action, payload) => {
      const ids = payload.id;
      const max = clearLimits.get(stationId);
      if (action !== 'ClearVariableMonitoring' || !Array.isArray(ids) || max === undefined || ids.length <= max || host.faults.has('clear-monitoring-ignores-items-per-message')) return undefined;
      const parts: Payload[] = [];
      for (let i = 0; i < ids.length; i += max) parts.push({ ...payload, id: ids.slice(i, i + max) });
      return parts;
    },
    requests: () => ({
      '2.0.1': {
        CustomerInformation: customerInformation,
        SetMonitoringBase: () => ({ monitoringBase: 'All' }),
        SetMonitoringLevel: () => ({ severity: 8 }),
        GetMonitoringReport: (ctx) => ({ requestId: ctx.nextRequestId() }),
        // N04: a Delta monitor of value 1 and severity 8 on the EVSE's AvailabilityState (Part 6 TC_N_08_CSMS recommends these).
        SetVariableMonitoring: () => ({ setMonitoringData: [{ value: 1, type: 'Delta', severity: 8, component: { name: 'EVSE', evse: { id: 1 } }, variable: { name: 'AvailabilityState' } }] }),
        ClearVariableMonitoring: () => ({ id: [1] }),
        // N01: the diagnostics log to a location of the operator's (hint log.remoteLocation; logType, retries, retryInterval likewise).
        GetLog: (ctx) => ({ logType: 'DiagnosticsLog', requestId: ctx.nextRequestId(), log: { remoteLocation: 'ftp://127.0.0.1/logs' } }),
      },
    }),
    shapeRequest: shape,
  };
};

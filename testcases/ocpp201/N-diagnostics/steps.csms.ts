/**
 * Steps of the N Diagnostics cases, CSMS under test: the harness plays the station. The operator asks
 * the CSMS for a monitoring report, a monitoring base / level, monitors or customer information; the
 * case checks the request as Part 6's tool validations say and plays the station's answer and reports.
 */
import { idTokenFor, type CaseContext, type Payload, type Received, type Request } from '../../kit.js';
import { chargingSession, csmsRequest } from '../_shared/charging-session.csms.js';
import { idTokenOf } from '../_shared/id-token.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;
type ComponentVariable = NonNullable<Request<'2.0.1', 'GetMonitoringReport'>['componentVariable']>[number];
type MonitoringCriterion = NonNullable<Request<'2.0.1', 'GetMonitoringReport'>['monitoringCriteria']>[number];
type CustomerCertificate = NonNullable<Request<'2.0.1', 'CustomerInformation'>['customerCertificate']>;

/** The <Configured evseId> of the simulated station. */
export const configuredEvse = (ctx: Ctx): number => chargingSession(ctx).evseId;

export const stationVariable = (name: string): ComponentVariable => ({ component: { name: 'ChargingStation' }, variable: { name } });
export const evseVariable = (evseId: number, name: string): ComponentVariable => ({ component: { name: 'EVSE', evse: { id: evseId } }, variable: { name } });

// --- N09 / N10 customer information ------------------------------------------------------------------

export interface CustomerAsk {
  report: boolean;
  clear: boolean;
  /** Whom: the configured valid idToken, or a customerIdentifier, or a customerCertificate (its hash data). */
  customerIdentifier?: string;
  customerCertificate?: CustomerCertificate;
  /** Errata 2025-09 6.3.22 (TC_N_62_CSMS): with a customerIdentifier, idToken and customerCertificate are omitted. */
  singleIdentifier?: boolean;
  /** The station's answer, and whether its NotifyCustomerInformation carries data. */
  answer: 'Accepted' | 'Rejected';
  data?: string;
}

/**
 * "1. The CSMS sends a CustomerInformationRequest, 2. the OCTT responds with status <answer>, 3. the OCTT sends
 * NotifyCustomerInformationRequest, 4. the CSMS responds". Tool validations (step 1): report, clear (when
 * asked to clear) and the customer: idToken.idToken / idToken.type <Configured valid_idtoken_...>, or customerIdentifier.
 */
export async function customerInformation(ctx: Ctx, ask: CustomerAsk, requirement: string): Promise<void> {
  const { sut, expect } = ctx;
  const cert = ask.customerCertificate;
  const token = ask.customerIdentifier === undefined && !cert ? idTokenOf(idTokenFor(ctx, 'valid')) : undefined;
  const who: Payload = token ? { idToken: token } : cert ? { customerCertificate: cert } : { customerIdentifier: ask.customerIdentifier };
  const hint: Payload = { report: ask.report, clear: ask.clear, ...who };
  const whom = token ? `idToken ${token.idToken}` : cert ? `the customer certificate of serial number ${cert.serialNumber}` : `customer ${String(ask.customerIdentifier)}`;
  ctx.log(`asking the CSMS to ${ask.clear ? 'clear' : 'get'} the customer information of ${whom}${ask.clear ? (ask.report ? ' and report it' : ' without a report') : ''}`);
  const call = await csmsRequest(ctx, 'CustomerInformation', () => ({ status: ask.answer }), { hint, requirement });
  const p = call.payload;
  expect(p.report, `${requirement}: CustomerInformationRequest report`).to.equal(ask.report);
  if (ask.clear) expect(p.clear, `${requirement}: CustomerInformationRequest clear`).to.equal(true);
  if (token) {
    expect(p.idToken?.idToken, `${requirement}: CustomerInformationRequest idToken.idToken (<Configured valid_idtoken_idtoken>)`).to.equal(token.idToken);
    expect(p.idToken?.type, `${requirement}: CustomerInformationRequest idToken.type (<Configured valid_idtoken_type>)`).to.equal(token.type);
  } else if (cert) {
    // CertificateHashDataType fields compare as hex, whatever the case.
    const got = p.customerCertificate;
    const same = got !== undefined && got.hashAlgorithm === cert.hashAlgorithm
      && (['issuerNameHash', 'issuerKeyHash', 'serialNumber'] as const).every((k) => got[k].toLowerCase() === cert[k].toLowerCase());
    expect(same, `${requirement}: CustomerInformationRequest customerCertificate is the contract certificate's hash data (got ${JSON.stringify(got)})`).to.equal(true);
  } else {
    expect(p.customerIdentifier, `${requirement}: CustomerInformationRequest customerIdentifier`).to.equal(ask.customerIdentifier);
    if (ask.singleIdentifier) {
      expect(p.idToken, `${requirement}: CustomerInformationRequest idToken is omitted`).to.equal(undefined);
      expect(p.customerCertificate, `${requirement}: CustomerInformationRequest customerCertificate is omitted`).to.equal(undefined);
    }
  }
  if (ask.answer !== 'Accepted') return;
  // 3-4. The station reports (N09.FR.04 / N10.FR.08): the CSMS answers NotifyCustomerInformationRequest.
  await sut.call('NotifyCustomerInformation', {
    data: ask.data ?? '', seqNo: 0, generatedAt: sut.now(), requestId: p.requestId, tbc: false,
  }, { requirement: 'N09.FR.04' });
}

// --- N02 monitoring reports ---------------------------------------------------------------------------

export interface ReportAsk {
  monitoringCriteria?: MonitoringCriterion[];
  componentVariable?: ComponentVariable[];
  answer: 'Accepted' | 'EmptyResultSet';
  /** The monitors the station reports when it accepts (NotifyMonitoringReport). */
  monitors?: Array<{ cv: ComponentVariable; type: 'UpperThreshold' | 'LowerThreshold' | 'Delta' | 'Periodic'; value: number }>;
  /**
   * Errata 2025-09 6.3.20 / 6.3.21 (TC_N_01/02_CSMS): the filter the case does not test is omitted, and so are the
   * component and variable instances of the componentVariable entries (the asked ones have none).
   */
  onlyFilter?: boolean;
}

const sameCv = (a: ComponentVariable | undefined, b: ComponentVariable): boolean =>
  a?.component?.name === b.component.name && a.component.evse?.id === b.component.evse?.id && a.variable?.name === b.variable?.name;

/**
 * "Manually instruct CSMS to get a report of monitors for ...", "1. CSMS sends GetMonitoringReportRequest",
 * answered `answer`; when Accepted, "5. OCTT responds with NotifyMonitoringReportRequest, 6. CSMS sends
 * NotifyMonitoringReportResponse". Tool validations: monitoringCriteria and componentVariable[i] as asked.
 */
export async function monitoringReport(ctx: Ctx, ask: ReportAsk, requirement: string): Promise<Received<'2.0.1', 'GetMonitoringReport'>> {
  const { sut, expect } = ctx;
  const hint: Payload = { ...(ask.monitoringCriteria ? { monitoringCriteria: ask.monitoringCriteria } : {}), ...(ask.componentVariable ? { componentVariable: ask.componentVariable } : {}) };
  ctx.log(`asking the CSMS for a report of monitors ${JSON.stringify(hint)}`);
  const call = await csmsRequest(ctx, 'GetMonitoringReport', () => ({ status: ask.answer }), { hint, requirement });
  const p = call.payload;
  if (ask.monitoringCriteria) expect([...(p.monitoringCriteria ?? [])].sort(), `${requirement}: GetMonitoringReportRequest monitoringCriteria`).to.deep.equal([...ask.monitoringCriteria].sort());
  (ask.componentVariable ?? []).forEach((want, i) => {
    const got = p.componentVariable?.[i];
    expect(sameCv(got, want), `${requirement}: GetMonitoringReportRequest componentVariable[${i}] is ${want.component.name}${want.component.evse ? ` #${want.component.evse.id}` : ''} ${String(want.variable?.name)} (got ${JSON.stringify(got)})`).to.equal(true);
  });
  if (ask.onlyFilter) {
    if (!ask.componentVariable) expect(p.componentVariable, `${requirement}: GetMonitoringReportRequest componentVariable is omitted`).to.equal(undefined);
    if (!ask.monitoringCriteria) expect(p.monitoringCriteria, `${requirement}: GetMonitoringReportRequest monitoringCriteria is omitted`).to.equal(undefined);
    (ask.componentVariable ?? []).forEach((_, i) => {
      const got = p.componentVariable?.[i];
      expect(got?.component?.instance, `${requirement}: GetMonitoringReportRequest componentVariable[${i}].component.instance is omitted`).to.equal(undefined);
      expect(got?.variable?.instance, `${requirement}: GetMonitoringReportRequest componentVariable[${i}].variable.instance is omitted`).to.equal(undefined);
    });
  }
  if (ask.answer !== 'Accepted') return call;
  await sut.call('NotifyMonitoringReport', {
    requestId: p.requestId, seqNo: 0, generatedAt: sut.now(), tbc: false,
    monitor: (ask.monitors ?? []).map((m, i) => ({
      component: m.cv.component, variable: m.cv.variable ?? { name: 'AvailabilityState' },
      variableMonitoring: [{ id: i + 1, transaction: false, value: m.value, type: m.type, severity: 8 }],
    })),
  }, { requirement: 'N02.FR.10' });
  return call;
}

/** Memory State "CSMS requests ClearVariableMonitoring ItemsPerMessage from CS": a preparation, not graded. */
export async function itemsPerMessageAsked(ctx: Ctx): Promise<void> {
  const data = [{ component: { name: 'MonitoringCtrlr' }, variable: { name: 'ItemsPerMessage', instance: 'ClearVariableMonitoring' } }];
  await csmsRequest(ctx, 'GetVariables', (r) => ({
    getVariableResult: (r.getVariableData ?? []).map((d) => ({ attributeStatus: 'Accepted' as const, component: d.component, variable: d.variable, attributeValue: '2' })),
  }), { hint: { getVariableData: data } });
}

/** The monitoring report of the N02 CSMS cases: first one that matches nothing, then one the station reports. */
export async function twoReports(ctx: Ctx, first: Omit<ReportAsk, 'answer'>, second: Omit<ReportAsk, 'answer'>, monitorType: 'Delta' | 'UpperThreshold'): Promise<void> {
  await itemsPerMessageAsked(ctx);
  await monitoringReport(ctx, { ...first, answer: 'EmptyResultSet' }, 'N02.FR.05');
  const cvs = second.componentVariable ?? [stationVariable('AvailabilityState')];
  await monitoringReport(ctx, { ...second, answer: 'Accepted', monitors: cvs.map((cv) => ({ cv, type: monitorType, value: monitorType === 'Delta' ? 1 : 100 })) }, 'N02.FR.05');
}

// --- N03 / N04 / N05 / N06 monitors, base and level ------------------------------------------------------

type MonitoringBase = Request<'2.0.1', 'SetMonitoringBase'>['monitoringBase'];

/** "Instruct CSMS to set a monitoring base of <base>": tool validation monitoringBase; answered Accepted. */
export async function monitoringBaseSet(ctx: Ctx, monitoringBase: MonitoringBase): Promise<void> {
  const call = await csmsRequest(ctx, 'SetMonitoringBase', () => ({ status: 'Accepted' as const }), { hint: { monitoringBase }, requirement: 'N03' });
  ctx.expect(call.payload.monitoringBase, 'N03: SetMonitoringBaseRequest monitoringBase').to.equal(monitoringBase);
}

/** "Instruct CSMS to set a monitoring level with severity <severity>": tool validation severity; answered `status`. */
export async function monitoringLevelSet(ctx: Ctx, severity: number, status: 'Accepted' | 'Rejected'): Promise<void> {
  const call = await csmsRequest(ctx, 'SetMonitoringLevel', () => ({ status }), { hint: { severity }, requirement: 'N05' });
  ctx.expect(call.payload.severity, 'N05: SetMonitoringLevelRequest severity').to.equal(severity);
}

/**
 * "Request CSMS to install monitors on ... Delta, severity 8": 1. SetVariableMonitoringRequest, validated per entry
 * (value 1, type Delta, severity 8, component / evse / variable), 2. every result Accepted.
 */
export async function deltaMonitorsSet(ctx: Ctx, cvs: ComponentVariable[]): Promise<void> {
  const { expect } = ctx;
  const setMonitoringData = cvs.map((cv) => ({ value: 1, type: 'Delta', severity: 8, component: cv.component, variable: cv.variable }));
  const call = await csmsRequest(ctx, 'SetVariableMonitoring', (r) => ({
    setMonitoringResult: (r.setMonitoringData ?? []).map((d, i) => ({ id: i + 1, status: 'Accepted' as const, type: d.type, severity: d.severity, component: d.component, variable: d.variable })),
  }), { hint: { setMonitoringData }, requirement: 'N04' });
  const data = call.payload.setMonitoringData ?? [];
  expect(data.length, 'N04: SetVariableMonitoringRequest setMonitoringData entries').to.equal(cvs.length);
  cvs.forEach((cv, i) => {
    const d = data[i];
    expect(d?.value, `N04: setMonitoringData[${i}].value (1, recommended for a Delta monitor)`).to.equal(1);
    expect(d?.type, `N04: setMonitoringData[${i}].type`).to.equal('Delta');
    expect(d?.severity, `N04: setMonitoringData[${i}].severity`).to.equal(8);
    expect(sameCv(d, cv), `N04: setMonitoringData[${i}] component/variable is ${cv.component.name} ${String(cv.variable?.name)} (got ${JSON.stringify(d)})`).to.equal(true);
  });
}

// --- N07 / N08 events ----------------------------------------------------------------------------------------

type EventDatum = Request<'2.0.1', 'NotifyEvent'>['eventData'][number];

/** "OCTT sends NotifyEventRequest": the CSMS answers NotifyEventResponse (empty body; N08.FR.02). */
export async function monitorEventSent(ctx: Ctx, event: Partial<EventDatum>, requirement: string): Promise<void> {
  const { sut } = ctx;
  const datum: EventDatum = {
    eventId: Math.floor(Math.random() * 1e6), timestamp: sut.now(), trigger: 'Delta', actualValue: 'Available', eventNotificationType: 'CustomMonitor',
    variableMonitoringId: 1, component: { name: 'EVSE', evse: { id: configuredEvse(ctx) } }, variable: { name: 'AvailabilityState' }, ...event,
  };
  const res = await sut.call('NotifyEvent', { generatedAt: sut.now(), seqNo: 0, tbc: false, eventData: [datum] }, { requirement });
  ctx.expect(Object.keys(res), `${requirement}: NotifyEventResponse with empty body`).to.deep.equal([]);
}

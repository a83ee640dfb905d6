/**
 * Functional block B (Provisioning), charging station under test: the harness plays the CSMS.
 * Steps follow OCPP 2.0.1 Part 6, section "B. Provisioning" (edition 3, with the 2025-09 errata).
 * Part 6 spells some controllers without their trailing r (OCPPCommCtrl, AuthCtrl) and writes
 * LocalAuthorizationOffline: the cases use the device model names of Part 2 (OCPPCommCtrlr, AuthCtrlr,
 * LocalAuthorizeOffline), as OCTT does.
 */
import { defineTestCase, type CaseContext } from '../../src/engine/testcase.js';
import type { Payload } from '../../src/ocpp/types.js';
import { bootAccepted, booted, energyTransferStarted, evConnectedPostSession, evDisconnected, parkingBayUnoccupied, reserved, stopAuthorized } from './states.cs.js';
import { later, transactionCase, transactionEvent, transactionRunning, txInfo, validToken, type TxSession } from './charging-session.cs.js';

export const TC_B_01_CS = defineTestCase({
  id: 'TC_B_01_CS',
  title: 'Cold Boot Charging Station - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B01', 'B01.FR.01', 'B01.FR.05', 'B01.FR.09'],
  preconditions: false,
  catches: ['boot-wrong-reason', 'no-status-after-boot'],
  async run(ctx) {
    // 1. Execute Reusable State Booted (power cycle).
    await booted(ctx, { expectedReason: 'PowerUp', reasonRequirement: 'B01.FR.09' });
  },
});

// --- helpers of this block ----------------------------------------------------------------------

interface ComponentVariable {
  component: { name: string; instance?: string; evse?: { id: number; connectorId?: number } };
  variable: { name: string; instance?: string };
}

interface ReportDatum extends ComponentVariable {
  variableAttribute?: Array<{ type?: string; value?: string; mutability?: string }>;
  variableCharacteristics?: { dataType?: string; valuesList?: string; maxLimit?: number };
}

const cv = (component: string, name: string, instance?: string, evse?: { id: number; connectorId?: number }): ComponentVariable => ({
  component: { name: component, ...(evse ? { evse } : {}) }, variable: { name, ...(instance ? { instance } : {}) },
});

const label = (d: ComponentVariable): string =>
  `${d.component.name}${d.component.evse ? `#${d.component.evse.id}${d.component.evse.connectorId !== undefined ? `/${d.component.evse.connectorId}` : ''}` : ''}`
  + `.${d.variable.name}${d.variable.instance ? `[${d.variable.instance}]` : ''}`;

const sameVariable = (a: ComponentVariable, b: ComponentVariable): boolean => label(a) === label(b);

const OFFLINE_THRESHOLD = cv('OCPPCommCtrlr', 'OfflineThreshold');
const LOCAL_AUTHORIZE_OFFLINE = cv('AuthCtrlr', 'LocalAuthorizeOffline');
const NETWORK_PRIORITY = cv('OCPPCommCtrlr', 'NetworkConfigurationPriority');
/** The <Configured offlineThreshold> of the Before steps that need one. */
const CONFIGURED_OFFLINE_THRESHOLD = '300';

let lastRequestId = Math.floor(Date.now() / 1000) % 1_000_000 * 10;
/** A fresh requestId (steps of 10: a report that comes with a neighbouring id is not taken for the next request's). */
const newRequestId = (): number => (lastRequestId += 10);
const issuedRequestIds = new Set<number>();

/** The <Configured evseId> / <Configured connectorId>: the first EVSE of the ICS, its connector 1. */
function configuredConnector(ctx: CaseContext): { evseId: number; connectorId: number } {
  return { evseId: ctx.ics.evses[0]?.id ?? 1, connectorId: 1 };
}

async function setVariables(ctx: CaseContext, data: Array<ComponentVariable & { attributeValue: string; attributeType?: string }>): Promise<Payload[]> {
  const res = await ctx.sut.call('SetVariables', { setVariableData: data });
  return (res.setVariableResult as Payload[] | undefined) ?? [];
}

async function getVariables(ctx: CaseContext, data: Array<ComponentVariable & { attributeType?: string }>): Promise<Payload[]> {
  const res = await ctx.sut.call('GetVariables', { getVariableData: data });
  return (res.getVariableResult as Payload[] | undefined) ?? [];
}

/** The result for one component/variable in a Get/SetVariablesResponse (results may come in any order). */
function resultFor(ctx: CaseContext, results: Payload[], wanted: ComponentVariable, requirement: string): Payload {
  const found = results.find((r) => sameVariable(r as unknown as ComponentVariable, wanted));
  if (!found) ctx.fail(`the response has no result for ${label(wanted)}`, requirement);
  return found;
}

/** A Configuration State step: the variable is set before the scenario (Accepted or RebootRequired). */
async function configure(ctx: CaseContext, entries: Array<[ComponentVariable, string]>): Promise<void> {
  const results = await setVariables(ctx, entries.map(([v, value]) => ({ ...v, attributeValue: value })));
  for (const [v, value] of entries) {
    const r = resultFor(ctx, results, v, 'B05.FR.02');
    ctx.expect(r.attributeStatus, `B05.FR.10: configuration state ${label(v)} = ${value}`).to.be.oneOf(['Accepted', 'RebootRequired']);
  }
}

/** The current values, to put back after a case that changed them (keeps later cases independent). */
async function currentValues(ctx: CaseContext, vars: ComponentVariable[]): Promise<Array<[ComponentVariable, string]>> {
  const results = await getVariables(ctx, vars);
  return vars.flatMap((v) => {
    const r = results.find((x) => sameVariable(x as unknown as ComponentVariable, v));
    return r?.attributeStatus === 'Accepted' && typeof r.attributeValue === 'string' ? [[v, r.attributeValue] as [ComponentVariable, string]] : [];
  });
}

/** "attributeStatusInfo is absent or reasonCode = <code>". */
function statusInfoIs(ctx: CaseContext, info: unknown, codes: string[], what: string): void {
  if (info === undefined) return;
  ctx.expect((info as { reasonCode?: string }).reasonCode, what).to.be.oneOf(codes);
}

interface ReportRequirements {
  /** Blamed when no (further) NotifyReport comes. */
  sent: string;
  requestId: string;
  seqNo: string;
}

const BASE_REPORT: ReportRequirements = { sent: 'B07.FR.03', requestId: 'B07.FR.04', seqNo: 'B07.FR.10' };
const CUSTOM_REPORT: ReportRequirements = { sent: 'B08.FR.03', requestId: 'B08.FR.04', seqNo: 'B08.FR.14' };

/**
 * Steps "The Charging Station sends NotifyReportRequest / the OCTT responds", repeated while tbc:
 * every part carries the requestId, the first has seqNo 0 and each next one seqNo + 1.
 */
async function collectReport(ctx: CaseContext, requestId: number, req: ReportRequirements): Promise<ReportDatum[]> {
  const { sut, expect, ics } = ctx;
  const data: ReportDatum[] = [];
  issuedRequestIds.add(requestId);
  for (let seqNo = 0; ; seqNo += 1) {
    // Parts of an earlier request (a case that failed before its report ended) are not this report's.
    const part = await sut.expectCall('NotifyReport', {
      requirement: req.sent, describe: `(report part ${seqNo})`, timeoutMs: ics.timeouts.messageMs * 2,
      filter: (p) => p.requestId === requestId || !issuedRequestIds.has(Number(p.requestId)),
    });
    expect(part.payload.requestId, `${req.requestId}: NotifyReportRequest requestId`).to.equal(requestId);
    expect(part.payload.seqNo, `${req.seqNo}: NotifyReportRequest seqNo`).to.equal(seqNo);
    expect(Number.isNaN(Date.parse(String(part.payload.generatedAt))), `${req.sent}: NotifyReportRequest generatedAt is a date-time`).to.equal(false);
    data.push(...((part.payload.reportData as ReportDatum[] | undefined) ?? []));
    if (part.payload.tbc !== true) return data;
  }
}

const LIST_TYPES = ['OptionList', 'SequenceList', 'MemberList'];
const listOf = (s: string | undefined): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

/** "variableCharacteristics are present" and "if dataType is OptionList, SequenceList or MemberList then valuesList must be provided". */
function checkCharacteristics(ctx: CaseContext, data: ReportDatum[], requirement: string): void {
  for (const d of data) {
    ctx.expect(d.variableCharacteristics, `${requirement}: variableCharacteristics of ${label(d)}`).to.not.equal(undefined);
    if (LIST_TYPES.includes(d.variableCharacteristics?.dataType ?? '')) {
      ctx.expect(listOf(d.variableCharacteristics?.valuesList), `${requirement}: valuesList of ${label(d)} (${String(d.variableCharacteristics?.dataType)})`).to.have.length.above(0);
    }
  }
}

/** Fails when a required component/variable is not in the report. */
function checkReported(ctx: CaseContext, data: ReportDatum[], required: ComponentVariable[], requirement: string): void {
  const missing = required.filter((r) => !data.some((d) => sameVariable(d, r)));
  ctx.expect(missing.map(label), `${requirement}: required variables not reported`).to.deep.equal([]);
}

/** Device model variables Part 2 marks required, per certification profile (Appendices CSV v1.4, "Required? yes"). */
const REQUIRED_VARIABLES: Record<string, Array<[string, string, string?]>> = {
  Core: [
    ['AlignedDataCtrlr', 'Interval'], ['AlignedDataCtrlr', 'Measurands'], ['AlignedDataCtrlr', 'TxEndedInterval'], ['AlignedDataCtrlr', 'TxEndedMeasurands'],
    ['AuthCtrlr', 'AuthorizeRemoteStart'], ['AuthCtrlr', 'LocalAuthorizeOffline'], ['AuthCtrlr', 'LocalPreAuthorize'],
    ['ChargingStation', 'AvailabilityState'], ['ChargingStation', 'Available'], ['ChargingStation', 'SupplyPhases'],
    ['ClockCtrlr', 'DateTime'], ['ClockCtrlr', 'TimeSource'],
    ['DeviceDataCtrlr', 'BytesPerMessage', 'GetReport'], ['DeviceDataCtrlr', 'BytesPerMessage', 'GetVariables'], ['DeviceDataCtrlr', 'BytesPerMessage', 'SetVariables'],
    ['DeviceDataCtrlr', 'ItemsPerMessage', 'GetReport'], ['DeviceDataCtrlr', 'ItemsPerMessage', 'GetVariables'], ['DeviceDataCtrlr', 'ItemsPerMessage', 'SetVariables'],
    ['OCPPCommCtrlr', 'FileTransferProtocols'], ['OCPPCommCtrlr', 'MessageTimeout', 'Default'], ['OCPPCommCtrlr', 'MessageAttemptInterval', 'TransactionEvent'],
    ['OCPPCommCtrlr', 'MessageAttempts', 'TransactionEvent'], ['OCPPCommCtrlr', 'NetworkConfigurationPriority'], ['OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'],
    ['OCPPCommCtrlr', 'OfflineThreshold'], ['OCPPCommCtrlr', 'ResetRetries'], ['OCPPCommCtrlr', 'UnlockOnEVSideDisconnect'],
    ['SampledDataCtrlr', 'TxEndedInterval'], ['SampledDataCtrlr', 'TxEndedMeasurands'], ['SampledDataCtrlr', 'TxStartedMeasurands'],
    ['SampledDataCtrlr', 'TxUpdatedInterval'], ['SampledDataCtrlr', 'TxUpdatedMeasurands'],
    ['SecurityCtrlr', 'CertificateEntries'], ['SecurityCtrlr', 'OrganizationName'], ['SecurityCtrlr', 'SecurityProfile'],
    ['TxCtrlr', 'EVConnectionTimeOut'], ['TxCtrlr', 'StopTxOnEVSideDisconnect'], ['TxCtrlr', 'StopTxOnInvalidId'], ['TxCtrlr', 'TxStartPoint'], ['TxCtrlr', 'TxStopPoint'],
  ],
  'Local Authorization List Management': [['LocalAuthListCtrlr', 'BytesPerMessage'], ['LocalAuthListCtrlr', 'Entries'], ['LocalAuthListCtrlr', 'ItemsPerMessage']],
  'Smart Charging': [
    ['SmartChargingCtrlr', 'Entries', 'ChargingProfiles'], ['SmartChargingCtrlr', 'LimitChangeSignificance'], ['SmartChargingCtrlr', 'PeriodsPerSchedule'],
    ['SmartChargingCtrlr', 'ProfileStackLevel'], ['SmartChargingCtrlr', 'RateUnit'],
  ],
  'Advanced Device Management': [['MonitoringCtrlr', 'BytesPerMessage', 'SetVariableMonitoring'], ['MonitoringCtrlr', 'ItemsPerMessage', 'SetVariableMonitoring']],
  'Advanced User Interface': [['DisplayMessageCtrlr', 'DisplayMessages'], ['DisplayMessageCtrlr', 'SupportedFormats'], ['DisplayMessageCtrlr', 'SupportedPriorities']],
  'ISO 15118 Support': [['ISO15118Ctrlr', 'ContractValidationOffline']],
};

/** The writable ones among them (ConfigurationInventory): ReadWrite by definition, not "ReadOnly or ReadWrite". */
const REQUIRED_WRITABLE: Array<[string, string, string?]> = [
  ['AlignedDataCtrlr', 'Interval'], ['AlignedDataCtrlr', 'Measurands'], ['AlignedDataCtrlr', 'TxEndedInterval'], ['AlignedDataCtrlr', 'TxEndedMeasurands'],
  ['AuthCtrlr', 'LocalAuthorizeOffline'], ['AuthCtrlr', 'LocalPreAuthorize'],
  ['OCPPCommCtrlr', 'MessageAttemptInterval', 'TransactionEvent'], ['OCPPCommCtrlr', 'MessageAttempts', 'TransactionEvent'], ['OCPPCommCtrlr', 'NetworkConfigurationPriority'],
  ['OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'], ['OCPPCommCtrlr', 'OfflineThreshold'], ['OCPPCommCtrlr', 'ResetRetries'],
  ['SampledDataCtrlr', 'TxEndedInterval'], ['SampledDataCtrlr', 'TxEndedMeasurands'], ['SampledDataCtrlr', 'TxStartedMeasurands'], ['SampledDataCtrlr', 'TxUpdatedInterval'],
  ['SampledDataCtrlr', 'TxUpdatedMeasurands'], ['SecurityCtrlr', 'OrganizationName'], ['TxCtrlr', 'EVConnectionTimeOut'], ['TxCtrlr', 'StopTxOnInvalidId'],
];

/** The required variables of the profiles the ICS claims, with the charging infrastructure of its EVSE layout. */
function requiredVariables(ctx: CaseContext): ComponentVariable[] {
  const controllers = Object.entries(REQUIRED_VARIABLES).filter(([profile]) => profile === 'Core' || ctx.ics.profiles.includes(profile))
    .flatMap(([, list]) => list.map(([c, v, i]) => cv(c, v, i)));
  const hardware = ctx.ics.evses.flatMap((e) => [
    ...['AvailabilityState', 'Available', 'Power', 'SupplyPhases'].map((v) => cv('EVSE', v, undefined, { id: e.id })),
    ...Array.from({ length: e.connectors }, (_x, i) => ['Available', 'ConnectorType', 'SupplyPhases'].map((v) => cv('Connector', v, undefined, { id: e.id, connectorId: i + 1 }))).flat(),
  ]);
  return [...controllers, ...hardware];
}

// --- B01-B03 Booting ------------------------------------------------------------------------------

/** Retry interval given with Pending/Rejected where the case waits for the retry: short, so the case stays fast. */
const BOOT_RETRY_S = 2;
/** <Configured RetryBackOffWaitMinimum> (s): short, the cases wait for it. */
const RETRY_WAIT_S = 1;
/** <Configured offlineThreshold> (s) of TC_B_51 / TC_B_52. */
const OFFLINE_THRESHOLD_S = 3;

export const TC_B_02_CS = defineTestCase({
  id: 'TC_B_02_CS',
  title: 'Cold Boot Charging Station - Pending',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B02', 'F06', 'B02.FR.01', 'B02.FR.02', 'B02.FR.04', 'B02.FR.05', 'B02.FR.06', 'B02.FR.08', 'F06.FR.17'],
  preconditions: false,
  catches: ['ignores-pending', 'boot-retry-ignores-interval'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    const pending = () => ({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Pending' });
    // Manual Action: Reboot the Charging Station.
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 1-2. BootNotificationRequest, answered Pending with the configured heartbeat interval.
    (await boot).respond(pending());
    const pendingAt = Date.now();
    // A BootNotification before the interval stays Pending (and is caught below: B02.FR.04).
    sut.autoAnswer('BootNotification', pending);
    // 3-4. SetVariables OfflineThreshold = 300 (attributeType omitted).
    const set = await setVariables(ctx, [{ ...OFFLINE_THRESHOLD, attributeValue: CONFIGURED_OFFLINE_THRESHOLD }]);
    expect(set[0]?.attributeStatus, 'B02.FR.01: SetVariablesResponse setVariableResult[0].attributeStatus').to.equal('Accepted');
    // 5-6. GetVariables OfflineThreshold.
    const got = await getVariables(ctx, [OFFLINE_THRESHOLD]);
    expect(got[0]?.attributeStatus, 'B02.FR.01: GetVariablesResponse getVariableResult[0].attributeStatus').to.equal('Accepted');
    // 7-8. GetBaseReport FullInventory; 9-10. the NotifyReport parts.
    const requestId = newRequestId();
    const report = await sut.call('GetBaseReport', { requestId, reportBase: 'FullInventory' });
    expect(report.status, 'B02.FR.01: GetBaseReportResponse status').to.equal('Accepted');
    await collectReport(ctx, requestId, BASE_REPORT);
    // 11-12. RequestStartTransaction, after the last NotifyReport: Rejected while Pending.
    const start = await sut.call('RequestStartTransaction', { idToken: ics.idTokens.valid, remoteStartId: newRequestId(), evseId: configuredConnector(ctx).evseId });
    expect(start.status, 'B02.FR.05: RequestStartTransactionResponse status').to.equal('Rejected');
    // Until now the station sent nothing it was not asked for, nor booted again before the interval.
    for (const action of ['StatusNotification', 'NotifyEvent', 'Heartbeat']) await sut.expectNoCall(action, 0, { requirement: 'B02.FR.02', describe: 'while Pending', since: pendingAt });
    await sut.expectNoCall('BootNotification', 0, { requirement: 'B02.FR.04', describe: 'before the interval', since: pendingAt });
    expect(sut.isConnected(), 'B02.FR.06: the connection stays open while Pending').to.equal(true);
    // 13-14. TriggerMessage BootNotification: Accepted or NotImplemented.
    const again = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 2 + ics.heartbeatInterval * 1000, requirement: 'B02.FR.08' });
    const trigger = await sut.call('TriggerMessage', { requestedMessage: 'BootNotification' });
    expect(trigger.status, 'F06.FR.17: TriggerMessageResponse status').to.be.oneOf(['Accepted', 'NotImplemented']);
    // 15-16. BootNotificationRequest (reason Triggered when the trigger was accepted), answered Accepted.
    // 17-18. Every connector reports Available.
    await bootAccepted(ctx, again, {
      ...(trigger.status === 'Accepted' ? { expectedReason: 'Triggered', reasonRequirement: 'F06.FR.17' } : {}),
      securityEvent: false,
    });
  },
});

export const TC_B_03_CS = defineTestCase({
  id: 'TC_B_03_CS',
  title: 'Cold Boot Charging Station - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B03', 'B03.FR.02', 'B03.FR.04', 'B03.FR.06'],
  preconditions: false,
  catches: ['boot-while-rejected', 'boot-retry-ignores-interval'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    // Manual Action: Reboot the Charging Station.
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 1-2. BootNotificationRequest, answered Rejected (a short retry interval keeps the case fast).
    const first = await boot;
    const again = sut.expectCall('BootNotification', { timeoutMs: BOOT_RETRY_S * 1000 + ics.timeouts.messageMs * 2, requirement: 'B03.FR.06' });
    first.respond({ currentTime: sut.now(), interval: BOOT_RETRY_S, status: 'Rejected' });
    const rejectedAt = Date.now();
    // 3. The next BootNotificationRequest, not before the interval, and nothing else meanwhile.
    const second = await again;
    expect(second.t - rejectedAt, `B03.FR.06: ms between the Rejected answer and the next BootNotification (interval ${BOOT_RETRY_S} s)`)
      .to.be.at.least(BOOT_RETRY_S * 1000 - 50);
    for (const action of ['StatusNotification', 'NotifyEvent', 'Heartbeat']) await sut.expectNoCall(action, 0, { requirement: 'B03.FR.02', describe: 'while Rejected', since: rejectedAt });
    // 4. Accepted; 5-6. every connector reports Available.
    await bootAccepted(ctx, Promise.resolve(second), { securityEvent: false });
  },
});

export const TC_B_30_CS = defineTestCase({
  id: 'TC_B_30_CS',
  title: 'Cold Boot Charging Station - Pending/Rejected - SecurityError',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B03', 'B03.FR.08'],
  preconditions: false,
  catches: ['no-callerror-while-rejected'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 1-2. BootNotificationRequest, answered Rejected.
    (await boot).respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Rejected' });
    // 3. GetBaseReport FullInventory, only when the station kept the connection open (B03.FR.04 allows closing it).
    if (!sut.isConnected()) {
      ctx.log('the station closed the connection after Rejected: nothing to send');
      return;
    }
    const outcome = await sut.callRaw('GetBaseReport', { requestId: newRequestId(), reportBase: 'FullInventory' });
    // 4. CALLERROR SecurityError.
    expect(outcome.kind, 'B03.FR.08: the answer to GetBaseReport while Rejected').to.equal('error');
    if (outcome.kind === 'error') expect(outcome.errorCode, 'B03.FR.08: CALLERROR code').to.equal('SecurityError');
  },
});

// --- B06 Get Variables ------------------------------------------------------------------------------

export const TC_B_06_CS = defineTestCase({
  id: 'TC_B_06_CS',
  title: 'Get Variables - single value',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B06', 'B06.FR.01', 'B06.FR.02', 'B06.FR.03', 'B06.FR.04', 'B06.FR.10', 'B06.FR.11'],
  catches: ['setvariables-ignored', 'result-omits-attribute-type'],
  async run(ctx) {
    const { expect } = ctx;
    // Configuration State: OCPPCommCtrlr.OfflineThreshold is 300.
    await configure(ctx, [[OFFLINE_THRESHOLD, CONFIGURED_OFFLINE_THRESHOLD]]);
    // 1. GetVariables OCPPCommCtrlr.OfflineThreshold, attributeType Actual.
    const results = await getVariables(ctx, [{ ...OFFLINE_THRESHOLD, attributeType: 'Actual' }]);
    // 2. GetVariablesResponse.
    expect(results, 'B06.FR.01: one getVariableResult per getVariableData').to.have.length(1);
    const r = resultFor(ctx, results, OFFLINE_THRESHOLD, 'B06.FR.02');
    expect(r.attributeStatus, 'B06.FR.10: attributeStatus').to.equal('Accepted');
    expect(r.attributeType, 'B06.FR.03: attributeType').to.equal('Actual');
    expect(r.attributeValue, 'B06.FR.04: attributeValue').to.equal(CONFIGURED_OFFLINE_THRESHOLD);
    statusInfoIs(ctx, r.attributeStatusInfo, ['NoError'], 'B06.FR.10: attributeStatusInfo.reasonCode');
  },
});

export const TC_B_07_CS = defineTestCase({
  id: 'TC_B_07_CS',
  title: 'Get Variables - multiple values',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B06', 'B06.FR.01', 'B06.FR.02', 'B06.FR.03', 'B06.FR.04', 'B06.FR.10'],
  catches: ['setvariables-ignored', 'result-omits-attribute-type'],
  async run(ctx) {
    const { expect } = ctx;
    // Configuration State: OfflineThreshold is 300, LocalAuthorizeOffline is true.
    const before = await currentValues(ctx, [LOCAL_AUTHORIZE_OFFLINE]);
    await configure(ctx, [[OFFLINE_THRESHOLD, CONFIGURED_OFFLINE_THRESHOLD], [LOCAL_AUTHORIZE_OFFLINE, 'true']]);
    // 1. GetVariables for both, attributeType Actual.
    const results = await getVariables(ctx, [{ ...OFFLINE_THRESHOLD, attributeType: 'Actual' }, { ...LOCAL_AUTHORIZE_OFFLINE, attributeType: 'Actual' }]);
    // 2. GetVariablesResponse, results in arbitrary order.
    expect(results, 'B06.FR.01: one getVariableResult per getVariableData').to.have.length(2);
    for (const [v, value] of [[OFFLINE_THRESHOLD, CONFIGURED_OFFLINE_THRESHOLD], [LOCAL_AUTHORIZE_OFFLINE, 'true']] as const) {
      const r = resultFor(ctx, results, v, 'B06.FR.02');
      expect(r.attributeStatus, `B06.FR.10: ${label(v)} attributeStatus`).to.equal('Accepted');
      expect(r.attributeType, `B06.FR.03: ${label(v)} attributeType`).to.equal('Actual');
      expect(r.attributeValue, `B06.FR.04: ${label(v)} attributeValue`).to.equal(value);
      statusInfoIs(ctx, r.attributeStatusInfo, ['NoError'], `B06.FR.10: ${label(v)} attributeStatusInfo.reasonCode`);
    }
    if (before.length) await configure(ctx, before);
  },
});

/** TC_B_32/33/34: one GetVariables that must come back with `status` and no value. */
function getVariablesNegative(id: string, title: string, requirement: string, data: ComponentVariable & { attributeType?: string }, status: string) {
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

export const TC_B_32_CS = getVariablesNegative('TC_B_32_CS', 'Get Variables - Unknown component', 'B06.FR.06',
  cv('UnknownComponent', 'OfflineThreshold'), 'UnknownComponent');
export const TC_B_33_CS = getVariablesNegative('TC_B_33_CS', 'Get Variables - Unknown variable', 'B06.FR.07',
  cv('OCPPCommCtrlr', 'UnknownVariable'), 'UnknownVariable');
export const TC_B_34_CS = getVariablesNegative('TC_B_34_CS', 'Get Variables - Not supported attribute type', 'B06.FR.08',
  { ...OFFLINE_THRESHOLD, attributeType: 'Target' }, 'NotSupportedAttributeType');

// --- B05 Set Variables ------------------------------------------------------------------------------

export const TC_B_09_CS = defineTestCase({
  id: 'TC_B_09_CS',
  title: 'Set Variables - single value',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B05', 'B05.FR.01', 'B05.FR.02', 'B05.FR.03', 'B05.FR.10', 'B05.FR.12'],
  catches: ['result-omits-attribute-type'],
  async run(ctx) {
    const { expect } = ctx;
    // 1. SetVariables OCPPCommCtrlr.OfflineThreshold = 300, attributeType Actual.
    const results = await setVariables(ctx, [{ ...OFFLINE_THRESHOLD, attributeValue: CONFIGURED_OFFLINE_THRESHOLD, attributeType: 'Actual' }]);
    // 2. SetVariablesResponse.
    expect(results, 'B05.FR.01: one setVariableResult per setVariableData').to.have.length(1);
    const r = resultFor(ctx, results, OFFLINE_THRESHOLD, 'B05.FR.02');
    expect(r.attributeStatus, 'B05.FR.10: setVariableResult[0].attributeStatus').to.equal('Accepted');
    expect(r.attributeType, 'B05.FR.03: setVariableResult[0].attributeType').to.equal('Actual');
    statusInfoIs(ctx, r.attributeStatusInfo, ['NoError'], 'B05.FR.10: setVariableResult[0].attributeStatusInfo.reasonCode');
  },
});

export const TC_B_10_CS = defineTestCase({
  id: 'TC_B_10_CS',
  title: 'Set Variables - multiple values',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B05', 'B05.FR.01', 'B05.FR.02', 'B05.FR.03', 'B05.FR.10', 'B05.FR.12'],
  catches: ['result-omits-attribute-type'],
  async run(ctx) {
    const { expect } = ctx;
    const before = await currentValues(ctx, [LOCAL_AUTHORIZE_OFFLINE]);
    // 1. SetVariables OfflineThreshold = 300 and LocalAuthorizeOffline = true, attributeType Actual.
    const results = await setVariables(ctx, [
      { ...OFFLINE_THRESHOLD, attributeValue: CONFIGURED_OFFLINE_THRESHOLD, attributeType: 'Actual' },
      { ...LOCAL_AUTHORIZE_OFFLINE, attributeValue: 'true', attributeType: 'Actual' },
    ]);
    // 2. SetVariablesResponse, results in arbitrary order.
    expect(results, 'B05.FR.01: one setVariableResult per setVariableData').to.have.length(2);
    for (const v of [OFFLINE_THRESHOLD, LOCAL_AUTHORIZE_OFFLINE]) {
      const r = resultFor(ctx, results, v, 'B05.FR.02');
      expect(r.attributeStatus, `B05.FR.10: ${label(v)} attributeStatus`).to.equal('Accepted');
      expect(r.attributeType, `B05.FR.03: ${label(v)} attributeType`).to.equal('Actual');
      statusInfoIs(ctx, r.attributeStatusInfo, ['NoError'], `B05.FR.10: ${label(v)} attributeStatusInfo.reasonCode`);
    }
    if (before.length) await configure(ctx, before);
  },
});

/** TC_B_35/36/37/39: one SetVariables that must come back with `status`. */
function setVariablesNegative(id: string, title: string, requirement: string, data: ComponentVariable & { attributeType?: string }, status: string, fault: string) {
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

export const TC_B_35_CS = setVariablesNegative('TC_B_35_CS', 'Set Variables - Unknown component', 'B05.FR.04',
  cv('UnknownComponent', 'OfflineThreshold'), 'UnknownComponent', 'setvariables-unknown-accepted');
export const TC_B_36_CS = setVariablesNegative('TC_B_36_CS', 'Set Variables - Unknown variable', 'B05.FR.05',
  cv('OCPPCommCtrlr', 'UnknownVariable'), 'UnknownVariable', 'setvariables-unknown-accepted');
export const TC_B_37_CS = setVariablesNegative('TC_B_37_CS', 'Set Variables - Not supported attribute type', 'B05.FR.06',
  { ...OFFLINE_THRESHOLD, attributeType: 'Target' }, 'NotSupportedAttributeType', 'setvariables-unknown-accepted');
export const TC_B_39_CS = setVariablesNegative('TC_B_39_CS', 'Set Variables - Read-only', 'B05.FR.09',
  cv('OCPPCommCtrlr', 'MessageTimeout', 'Default'), 'Rejected', 'setvariables-readonly-accepted');

export const TC_B_11_CS = defineTestCase({
  id: 'TC_B_11_CS',
  title: 'Set Variables - invalidly formatted values',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B05', 'B05.FR.07'],
  catches: ['setvariables-no-format-check'],
  async run(ctx) {
    const { expect } = ctx;
    const now = new Date().toISOString();
    // The values of the note, and which data types take each as well formed.
    const values: Array<[string, (dataType: string) => boolean]> = [
      [CONFIGURED_OFFLINE_THRESHOLD, (t) => t === 'integer' || t === 'decimal'],
      [`${CONFIGURED_OFFLINE_THRESHOLD}.1`, (t) => t === 'decimal'],
      ['true', (t) => t === 'boolean'],
      [now, (t) => t === 'dateTime'],
      ['abc', () => false],
    ];
    const targets: Array<[ComponentVariable, string]> = [
      [OFFLINE_THRESHOLD, 'integer'],
      [cv('SmartChargingCtrlr', 'LimitChangeSignificance'), 'decimal'],
      [cv('AuthCtrlr', 'AuthorizeRemoteStart'), 'boolean'],
      [cv('ClockCtrlr', 'NextTimeOffsetTransitionDateTime'), 'dateTime'],
    ];
    // Steps 3-8 only for the component/variables the station has (and can write): what they hold now, to put back.
    const before = await currentValues(ctx, targets.map(([v]) => v));
    const writable: Array<[ComponentVariable, string]> = [];
    for (const [v, dataType] of targets) {
      const current = before.find(([b]) => sameVariable(b, v));
      if (!current) continue;
      const probe = await setVariables(ctx, [{ ...v, attributeValue: current[1] }]);
      if (probe[0]?.attributeStatus === 'Accepted') writable.push([v, dataType]);
      else ctx.log(`${label(v)} is not writable: steps for it are left out`);
    }
    // Steps 1-8, repeated for every value.
    for (const [value, wellFormed] of values) {
      for (const [v, dataType] of writable) {
        const [r] = await setVariables(ctx, [{ ...v, attributeValue: value }]);
        const expected = wellFormed(dataType) ? 'Accepted' : 'Rejected';
        expect(r?.attributeStatus, `B05.FR.07: ${label(v)} (${dataType}) = "${value}"`).to.equal(expected);
        expect(r?.attributeType ?? 'Actual', 'B05.FR.12: attributeType').to.equal('Actual');
        if (expected === 'Rejected') statusInfoIs(ctx, r?.attributeStatusInfo, ['InvalidValue'], `B05.FR.07: ${label(v)} attributeStatusInfo.reasonCode`);
      }
    }
    await configure(ctx, before.filter(([b]) => writable.some(([w]) => sameVariable(w, b))));
  },
});

// --- B07 Get Base Report ---------------------------------------------------------------------------

async function baseReport(ctx: CaseContext, reportBase: string): Promise<ReportDatum[]> {
  const { sut, expect } = ctx;
  // 1. GetBaseReportRequest.
  const requestId = newRequestId();
  const res = await sut.call('GetBaseReport', { requestId, reportBase });
  // 2. GetBaseReportResponse Accepted.
  expect(res.status, 'B07.FR.01: GetBaseReportResponse status').to.equal('Accepted');
  statusInfoIs(ctx, res.statusInfo, ['NoError'], 'B07.FR.01: GetBaseReportResponse statusInfo.reasonCode');
  // 3-4. NotifyReportRequest, repeated while tbc.
  return collectReport(ctx, requestId, BASE_REPORT);
}

export const TC_B_12_CS = defineTestCase({
  id: 'TC_B_12_CS',
  title: 'Get Base Report - ConfigurationInventory',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B07', 'B07.FR.01', 'B07.FR.03', 'B07.FR.04', 'B07.FR.07', 'B07.FR.10', 'B07.FR.12'],
  catches: ['config-inventory-includes-readonly', 'report-wrong-request-id', 'report-seqno-from-one'],
  async run(ctx) {
    const data = await baseReport(ctx, 'ConfigurationInventory');
    // Post scenario: characteristics present, only ReadWrite / WriteOnly variables, the required writable ones among them.
    checkCharacteristics(ctx, data, 'B07.FR.07');
    for (const d of data) {
      for (const a of d.variableAttribute ?? []) {
        ctx.expect(a.mutability ?? 'ReadWrite', `B07.FR.07: mutability of ${label(d)}`).to.be.oneOf(['ReadWrite', 'WriteOnly']);
      }
    }
    checkReported(ctx, data, REQUIRED_WRITABLE.map(([c, v, i]) => cv(c, v, i)), 'B07.FR.07');
  },
});

export const TC_B_13_CS = defineTestCase({
  id: 'TC_B_13_CS',
  title: 'Get Base Report - FullInventory',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B07', 'B07.FR.01', 'B07.FR.03', 'B07.FR.04', 'B07.FR.08', 'B07.FR.10', 'B07.FR.12'],
  catches: ['full-inventory-missing-hardware', 'report-wrong-request-id', 'report-seqno-from-one'],
  async run(ctx) {
    const data = await baseReport(ctx, 'FullInventory');
    // Post scenario: characteristics present; the required charging infrastructure and controller variables reported.
    checkCharacteristics(ctx, data, 'B07.FR.08');
    checkReported(ctx, data, requiredVariables(ctx), 'B07.FR.08');
  },
});

export const TC_B_53_CS = defineTestCase({
  id: 'TC_B_53_CS',
  title: 'Get Base Report - Test mandatory DM variables via FullInventory',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B07', 'B07.FR.08'],
  catches: ['report-missing-valueslist', 'report-discloses-writeonly', 'full-inventory-missing-hardware'],
  async run(ctx) {
    const { expect } = ctx;
    // 1-4. GetBaseReport FullInventory and its NotifyReport parts.
    const data = await baseReport(ctx, 'FullInventory');
    // Post scenario (errata 2025-04): required variables implemented; list types with a valuesList and a value from it;
    // WriteOnly values omitted, every other value present (EVSE.Power: only its maxLimit is required).
    checkReported(ctx, data, requiredVariables(ctx), 'B07.FR.08');
    for (const d of data) {
      const type = d.variableCharacteristics?.dataType ?? '';
      const allowed = listOf(d.variableCharacteristics?.valuesList);
      if (LIST_TYPES.includes(type)) expect(allowed, `B07.FR.08: valuesList of ${label(d)} (${type})`).to.have.length.above(0);
      for (const a of d.variableAttribute ?? []) {
        if (a.mutability === 'WriteOnly') {
          expect(a.value, `B07.FR.08: the value of WriteOnly ${label(d)} is omitted`).to.equal(undefined);
          continue;
        }
        if (d.component.name === 'EVSE' && d.variable.name === 'Power') {
          expect(d.variableCharacteristics?.maxLimit, `B07.FR.08: ${label(d)} maxLimit`).to.be.a('number');
          continue;
        }
        expect(a.value, `B07.FR.08: the value of ${label(d)}`).to.be.a('string');
        if (!LIST_TYPES.includes(type) || !a.value) continue;
        const members = type === 'OptionList' ? [a.value.trim()] : listOf(a.value);
        const outside = members.filter((m) => !allowed.includes(m));
        expect(outside, `B07.FR.08: values of ${label(d)} outside its valuesList`).to.deep.equal([]);
      }
    }
  },
});

export const TC_B_14_CS = defineTestCase({
  id: 'TC_B_14_CS',
  title: 'Get Base Report - SummaryInventory',
  version: '2.0.1',
  sut: 'CS',
  // Errata 2025-09 (5.8): also an optional part of Core, with C-56.
  profiles: ['Advanced Device Management', { profile: 'Core', condition: 'C-56' }],
  covers: ['B07', 'B07.FR.01', 'B07.FR.03', 'B07.FR.04', 'B07.FR.09', 'B07.FR.10', 'B07.FR.12'],
  catches: ['summary-inventory-incomplete', 'report-wrong-request-id'],
  async run(ctx) {
    const data = await baseReport(ctx, 'SummaryInventory');
    // Post scenario: characteristics and valuesList present; AvailabilityState of the station and of every EVSE.
    checkCharacteristics(ctx, data, 'B07.FR.09');
    checkReported(ctx, data, [
      cv('ChargingStation', 'AvailabilityState'),
      ...ctx.ics.evses.map((e) => cv('EVSE', 'AvailabilityState', undefined, { id: e.id })),
    ], 'B07.FR.09');
  },
});

export const TC_B_15_CS = defineTestCase({
  id: 'TC_B_15_CS',
  title: 'Get Base Report - Not Supported base report',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'NOT C-56' }],
  covers: ['B07', 'B07.FR.02'],
  catches: ['summary-unsupported-accepted'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    // 1. GetBaseReport SummaryInventory.
    const res = await sut.call('GetBaseReport', { requestId: newRequestId(), reportBase: 'SummaryInventory' });
    // 2. NotSupported.
    expect(res.status, 'B07.FR.02: GetBaseReportResponse status').to.equal('NotSupported');
    statusInfoIs(ctx, res.statusInfo, ['UnsupportedParam'], 'B07.FR.02: GetBaseReportResponse statusInfo.reasonCode');
    // Note: the OCTT waits to make sure the station sends no NotifyReport.
    await sut.expectNoCall('NotifyReport', ics.timeouts.messageMs, { requirement: 'B07.FR.05' });
  },
});

// --- B08 Get Custom Report ---------------------------------------------------------------------------

/** Steps 1-4 of a custom report: GetReportRequest Accepted, then its NotifyReport parts. */
async function customReport(ctx: CaseContext, request: Payload): Promise<ReportDatum[]> {
  const { sut, expect } = ctx;
  const requestId = newRequestId();
  const res = await sut.call('GetReport', { requestId, ...request });
  expect(res.status, 'B08.FR.01: GetReportResponse status').to.equal('Accepted');
  statusInfoIs(ctx, res.statusInfo, ['NoError'], 'B08.FR.01: GetReportResponse statusInfo.reasonCode');
  const data = await collectReport(ctx, requestId, CUSTOM_REPORT);
  checkCharacteristics(ctx, data, 'B08.FR.12');
  return data;
}

const AVAILABILITY_STATES = ['Available', 'Occupied', 'Reserved', 'Unavailable', 'Faulted'];

/** The tool validations of the EVSE #1 AvailabilityState report (TC_B_17, TC_B_18). */
function checkEvseAvailabilityReport(ctx: CaseContext, data: ReportDatum[], evseId: number, requirement: string): void {
  const { expect } = ctx;
  const wanted = cv('EVSE', 'AvailabilityState', undefined, { id: evseId });
  expect(data.map(label), `${requirement}: the report holds EVSE #${evseId} AvailabilityState only`).to.deep.equal([label(wanted)]);
  const d = data[0] as ReportDatum;
  expect(d.variableCharacteristics?.dataType, 'B08.FR.12: dataType').to.equal('OptionList');
  expect([...listOf(d.variableCharacteristics?.valuesList)].sort(), 'B08.FR.12: valuesList').to.deep.equal([...AVAILABILITY_STATES].sort());
  const actual = (d.variableAttribute ?? []).find((a) => (a.type ?? 'Actual') === 'Actual');
  expect(actual, `${requirement}: an Actual attribute`).to.not.equal(undefined);
  expect(actual?.mutability, `${requirement}: mutability`).to.equal('ReadOnly');
}

export const TC_B_16_CS = defineTestCase({
  id: 'TC_B_16_CS',
  title: 'Get Custom Report - with component criteria',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.07', 'B08.FR.09', 'B08.FR.10', 'B08.FR.12', 'B08.FR.13', 'B08.FR.14', 'B06.FR.09'],
  catches: ['report-wrong-request-id', 'report-seqno-from-one'],
  async run(ctx) {
    const { expect } = ctx;
    // The full inventory the post scenario validation compares with (TC_B_13_CS).
    const full = await baseReport(ctx, 'FullInventory');
    // 1-4. GetReport componentCriteria {Enabled}, and its NotifyReport parts.
    const data = await customReport(ctx, { componentCriteria: ['Enabled'] });
    const component = (d: ComponentVariable) => label({ component: d.component, variable: { name: '' } });
    const enabled = (list: ReportDatum[], value: string) => list.filter((d) => d.variable.name === 'Enabled' && d.variableAttribute?.some((a) => a.value === value));
    // Reported Enabled variables are true, and no component whose Enabled is false is reported (B08.FR.09).
    expect(enabled(data, 'false').map(label), 'B08.FR.09: Enabled variables reported with value false').to.deep.equal([]);
    const disabled = new Set(enabled(full, 'false').map(component));
    expect(data.filter((d) => disabled.has(component(d))).map(label), 'B08.FR.09: variables of components whose Enabled is false').to.deep.equal([]);
    // Post scenario: every Enabled = true of the full inventory is in the custom report.
    const missing = enabled(full, 'true').filter((f) => !data.some((d) => sameVariable(d, f)));
    expect(missing.map(label), 'B08.FR.09: Enabled = true variables missing from the custom report').to.deep.equal([]);
    // 5-6. GetVariables for the reported Enabled variables (true) and WriteOnly ones (Rejected, errata 2025-02).
    const writeOnly = data.filter((d) => d.variableAttribute?.some((a) => a.mutability === 'WriteOnly'));
    const toRead = [...enabled(data, 'true'), ...writeOnly];
    const [perMessage] = await getVariables(ctx, [cv('DeviceDataCtrlr', 'ItemsPerMessage', 'GetVariables')]);
    const chunk = Math.max(1, Number(perMessage?.attributeValue) || 1);
    for (let i = 0; i < toRead.length; i += chunk) {
      const part = toRead.slice(i, i + chunk);
      const results = await getVariables(ctx, part.map((d) => ({ component: d.component, variable: d.variable })));
      for (const d of part) {
        const r = resultFor(ctx, results, d, 'B06.FR.02');
        if (writeOnly.includes(d)) {
          expect(r.attributeStatus, `B06.FR.09: ${label(d)} (WriteOnly) attributeStatus`).to.equal('Rejected');
          expect(r.attributeValue, `B06.FR.09: ${label(d)} (WriteOnly) attributeValue is omitted`).to.equal(undefined);
        } else {
          expect(r.attributeStatus, `B06.FR.10: ${label(d)} attributeStatus`).to.equal('Accepted');
          expect(r.attributeValue, `B08.FR.09: ${label(d)} attributeValue`).to.equal('true');
        }
      }
    }
  },
});

export const TC_B_17_CS = defineTestCase({
  id: 'TC_B_17_CS',
  title: 'Get Custom Report - with component/variable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.11', 'B08.FR.12', 'B08.FR.14'],
  catches: ['report-component-variable-ignored', 'report-wrong-request-id'],
  async run(ctx) {
    const { evseId } = configuredConnector(ctx);
    // 1-4. GetReport for EVSE #1 AvailabilityState.
    const data = await customReport(ctx, { componentVariable: [cv('EVSE', 'AvailabilityState', undefined, { id: evseId })] });
    checkEvseAvailabilityReport(ctx, data, evseId, 'B08.FR.11');
  },
});

export const TC_B_18_CS = defineTestCase({
  id: 'TC_B_18_CS',
  title: 'Get Custom Report - with component criteria and component/variable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.05', 'B08.FR.11', 'B08.FR.12', 'B08.FR.14', 'B08.FR.15'],
  catches: ['report-criteria-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const { evseId } = configuredConnector(ctx);
    const evseAvailability = [cv('EVSE', 'AvailabilityState', undefined, { id: evseId })];
    // 1-4. EVSE #1 AvailabilityState of Available components.
    const data = await customReport(ctx, { componentCriteria: ['Available'], componentVariable: evseAvailability });
    checkEvseAvailabilityReport(ctx, data, evseId, 'B08.FR.05');
    // 5-6. EVSE #1 AvailabilityState of Problem components: EmptyResultSet.
    const res = await sut.call('GetReport', { requestId: newRequestId(), componentCriteria: ['Problem'], componentVariable: evseAvailability });
    expect(res.status, 'B08.FR.15: GetReportResponse status').to.equal('EmptyResultSet');
    statusInfoIs(ctx, res.statusInfo, ['NotFound'], 'B08.FR.15: GetReportResponse statusInfo.reasonCode');
  },
});

export const TC_B_54_CS = defineTestCase({
  id: 'TC_B_54_CS',
  title: 'Get Custom Report - with component/variable, but no instance',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.11', 'B08.FR.12', 'B08.FR.14', 'B08.FR.21'],
  catches: ['report-absent-fields-match-none'],
  async run(ctx) {
    // 1-4. GetReport DeviceDataCtrlr.ItemsPerMessage without instance: every instance is reported.
    const data = await customReport(ctx, { componentVariable: [cv('DeviceDataCtrlr', 'ItemsPerMessage')] });
    ctx.expect(data.map(label), 'B08.FR.11: only DeviceDataCtrlr.ItemsPerMessage is reported')
      .to.satisfy((labels: string[]) => labels.every((l) => l.startsWith('DeviceDataCtrlr.ItemsPerMessage')));
    checkReported(ctx, data, [cv('DeviceDataCtrlr', 'ItemsPerMessage', 'GetReport'), cv('DeviceDataCtrlr', 'ItemsPerMessage', 'GetVariables')], 'B08.FR.21');
  },
});

export const TC_B_55_CS = defineTestCase({
  id: 'TC_B_55_CS',
  title: 'Get Custom Report - with component/variable/instance',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.11', 'B08.FR.12', 'B08.FR.14'],
  catches: ['report-instance-ignored'],
  async run(ctx) {
    // 1-4. GetReport DeviceDataCtrlr.ItemsPerMessage[GetReport]: that instance only.
    const wanted = cv('DeviceDataCtrlr', 'ItemsPerMessage', 'GetReport');
    const data = await customReport(ctx, { componentVariable: [wanted] });
    ctx.expect(data.map(label), 'B08.FR.11: the report holds the requested instance only').to.deep.equal([label(wanted)]);
  },
});

export const TC_B_56_CS = defineTestCase({
  id: 'TC_B_56_CS',
  title: 'Get Custom Report - with component/variable, but no evseId',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.11', 'B08.FR.12', 'B08.FR.14', 'B08.FR.23'],
  catches: ['report-absent-fields-match-none'],
  async run(ctx) {
    // 1-4. GetReport EVSE.AvailabilityState without evse: one entry per EVSE.
    const data = await customReport(ctx, { componentVariable: [cv('EVSE', 'AvailabilityState')] });
    ctx.expect(data.every((d) => d.component.name === 'EVSE' && d.variable.name === 'AvailabilityState'), 'B08.FR.11: only EVSE AvailabilityState is reported').to.equal(true);
    const ids = data.map((d) => d.component.evse?.id).filter((id): id is number => id !== undefined).sort((a, b) => a - b);
    ctx.expect(ids, 'B08.FR.23: the EVSEs reported').to.deep.equal(ctx.ics.evses.map((e) => e.id).sort((a, b) => a - b));
  },
});

/** The componentCriteria a station may leave unsupported; the ICS names them as features 'Unsupported componentCriteria <value>'. */
const OPTIONAL_CRITERIA = ['Active', 'Enabled', 'Problem'] as const;
const unsupportedCriterion = (c: string) => `Unsupported componentCriteria ${c}`;

export const TC_B_19_CS = defineTestCase({
  id: 'TC_B_19_CS',
  title: 'Get Custom Report - for unknown component criteria',
  version: '2.0.1',
  sut: 'CS',
  // Part 5 (edition 3) lists TC_B_19 for no side and the 2025-09 errata do not remove it: it goes with the other
  // custom report cases (Advanced Device Management), for a station with the prerequisite "one or more not
  // supported componentCriteria", which the ICS states as the feature 'Unsupported componentCriteria <value>'.
  profiles: [{ profile: 'Advanced Device Management', condition: OPTIONAL_CRITERIA.map(unsupportedCriterion).join(' or ') }],
  covers: ['B08', 'B08.FR.02'],
  catches: ['report-unsupported-criteria-accepted'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const configured = OPTIONAL_CRITERIA.find((c) => ics.features.some((f) => f.toLowerCase() === unsupportedCriterion(c).toLowerCase()));
    if (!configured) return ctx.fail('the ICS names no unsupported componentCriteria');
    // 1-2. GetReportRequest componentCriteria {Available, <Configured Unsupported componentCriteria>}, no componentVariable.
    const res = await sut.call('GetReport', { requestId: newRequestId(), componentCriteria: ['Available', configured] });
    expect(res.status, 'B08.FR.02: GetReportResponse status').to.equal('NotSupported');
    statusInfoIs(ctx, res.statusInfo, ['UnsupportedParam', 'InvalidValue'], 'B08.FR.02: GetReportResponse statusInfo.reasonCode');
  },
});

// --- B11 Reset without transaction -------------------------------------------------------------------

export const TC_B_20_CS = defineTestCase({
  id: 'TC_B_20_CS',
  title: 'Reset Charging Station - Without ongoing transaction - OnIdle',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B11', 'B11.FR.01', 'B11.FR.03', 'B11.FR.04', 'B01.FR.03'],
  catches: ['reset-not-performed'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B11.FR.03' });
    // 1-2. ResetRequest OnIdle (evseId omitted, errata 2024-09): Accepted; the station reboots.
    const res = await sut.call('Reset', { type: 'OnIdle' });
    expect(res.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
    // 3-4. BootNotificationRequest, Accepted; 5-6. every connector reports Available.
    await bootAccepted(ctx, boot, { securityEvent: false });
  },
});

export const TC_B_23_CS = defineTestCase({
  id: 'TC_B_23_CS',
  title: 'Reset Charging Station - Unavailable persists reset',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B11', 'B11.FR.01', 'B11.FR.02', 'B11.FR.03', 'B11.FR.04', 'B01.FR.03'],
  catches: ['availability-not-persistent'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const { evseId, connectorId } = configuredConnector(ctx);
    const statusOf = (e: number, c: number) => (e === evseId && c === connectorId ? 'Unavailable' : 'Available');
    // Memory State: Unavailable for the configured connector.
    const unavailable = sut.expectCall('StatusNotification', { describe: '(memory state Unavailable)', filter: (p) => p.evseId === evseId && p.connectorId === connectorId });
    const change = await sut.call('ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: evseId, connectorId } });
    expect(change.status, 'memory state Unavailable: ChangeAvailabilityResponse status').to.equal('Accepted');
    expect((await unavailable).payload.connectorStatus, 'memory state Unavailable: connectorStatus').to.equal('Unavailable');
    try {
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B11.FR.03' });
      // 1-2. ResetRequest OnIdle: Accepted.
      const res = await sut.call('Reset', { type: 'OnIdle' });
      expect(res.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
      // 3-4. BootNotificationRequest reason RemoteReset, Accepted; 5-6. the configured connector Unavailable, the others Available.
      await bootAccepted(ctx, boot, { expectedReason: 'RemoteReset', reasonRequirement: 'B11.FR.04', connectorStatus: statusOf, statusRequirement: 'B11.FR.02', securityEvent: false });
    } finally {
      // Back to Operative for the cases that follow.
      if (sut.isConnected()) {
        const available = later(sut.expectCall('StatusNotification', { describe: '(back to Available)', filter: (p) => p.evseId === evseId && p.connectorStatus === 'Available' }));
        await sut.callRaw('ChangeAvailability', { operationalStatus: 'Operative', evse: { id: evseId, connectorId } });
        await available.catch(() => undefined);
      }
    }
  },
});

export const TC_B_24_CS = defineTestCase({
  id: 'TC_B_24_CS',
  title: 'Reset Charging Station - Reserved persists reset',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['B11', 'B11.FR.01', 'B11.FR.03', 'B11.FR.04', 'B11.FR.05', 'B01.FR.03'],
  catches: ['reservation-not-persistent'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const { evseId } = configuredConnector(ctx);
    // The EVSE's connectors are Reserved, the other connectors Available.
    const statusOf = (e: number) => (e === evseId ? 'Reserved' : 'Available');
    // Memory State: Reserved for the configured connector (its EVSE).
    const reservationId = await reserved(ctx, { evseId });
    try {
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B11.FR.03' });
      // 1-2. ResetRequest Immediate (errata 2025-09 6.2.16: a pending reservation is not idle): Accepted.
      const res = await sut.call('Reset', { type: 'Immediate' });
      expect(res.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
      // 3-4. BootNotificationRequest reason RemoteReset, Accepted; 5-6. the configured connector Reserved, the others Available.
      await bootAccepted(ctx, boot, { expectedReason: 'RemoteReset', reasonRequirement: 'B11.FR.04', connectorStatus: statusOf, statusRequirement: 'B11.FR.05', securityEvent: false });
    } finally {
      // Cancel the reservation for the cases that follow.
      if (sut.isConnected()) {
        const available = later(sut.expectCall('StatusNotification', { describe: '(reservation cancelled)', filter: (p) => p.evseId === evseId && p.connectorStatus === 'Available' }));
        const cancel = await sut.callRaw('CancelReservation', { reservationId });
        if (cancel.kind === 'result' && cancel.payload.status === 'Accepted') await available.catch(() => undefined);
      }
    }
  },
});

// --- B12 Reset with transactions ----------------------------------------------------------------------

/** Steps "Execute Reusable State StopAuthorized / EVConnectedPostSession / EVDisconnected / ParkingBayUnoccupied" up to the end of the transaction. */
async function endSession(ctx: CaseContext, s: TxSession): Promise<void> {
  await stopAuthorized(ctx);
  // The later states only while the transaction still runs (Part 6 notes: it ends at the TxStopPoint).
  if (transactionRunning(s)) await evConnectedPostSession(ctx);
  if (transactionRunning(s)) await evDisconnected(ctx);
  if (transactionRunning(s)) await parkingBayUnoccupied(ctx);
}

/** After a reboot: the configured connector Occupied while the EV is still connected, every other one Available. */
const afterReboot = (s: TxSession) => (e: number, c: number) => (s.evConnected && e === s.evseId && c === s.connectorId ? 'Occupied' : 'Available');

export const TC_B_21_CS = defineTestCase({
  id: 'TC_B_21_CS',
  title: 'Reset Charging Station - With Ongoing Transaction - OnIdle',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B12', 'B12.FR.01', 'B12.FR.03'],
  catches: ['reset-onidle-interrupts-transaction', 'scheduled-reset-wrong-reason'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 10, requirement: 'B12.FR.03' });
      // 1-2. ResetRequest OnIdle (evseId omitted): Scheduled.
      const res = await sut.call('Reset', { type: 'OnIdle' });
      expect(res.status, 'B12.FR.01: ResetResponse status').to.equal('Scheduled');
      // 3-6. StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied (until the transaction ended).
      await endSession(ctx, s);
      // 7-8. BootNotificationRequest reason ScheduledReset; 9-10. connector states; 11-12. SecurityEventNotification.
      await bootAccepted(ctx, boot, { expectedReason: 'ScheduledReset', reasonRequirement: 'B12.FR.03', connectorStatus: afterReboot(s) });
    });
  },
});

export const TC_B_22_CS = defineTestCase({
  id: 'TC_B_22_CS',
  title: 'Reset Charging Station - With Ongoing Transaction - Immediate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B12', 'B12.FR.02', 'B12.FR.04', 'E07.FR.03', 'B01.FR.03'],
  catches: ['reset-keeps-transaction'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const ended = later(transactionEvent(ctx, { describe: '(reset)', requirement: 'B12.FR.04' }));
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 5, requirement: 'B01.FR.03' });
      // 1-2. ResetRequest Immediate (evseId omitted): Accepted.
      const res = await sut.call('Reset', { type: 'Immediate' });
      expect(res.status, 'B12.FR.02: ResetResponse status').to.equal('Accepted');
      // 3-4. TransactionEventRequest Ended, ResetCommand, EVConnected, ImmediateReset, no idToken.
      const p = await ended;
      expect(p.eventType, 'B12.FR.04: TransactionEventRequest eventType').to.equal('Ended');
      expect(p.triggerReason, 'B12.FR.04: TransactionEventRequest triggerReason').to.equal('ResetCommand');
      expect(txInfo(p).chargingState, 'B12.FR.04: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
      expect(txInfo(p).stoppedReason, 'B12.FR.04: TransactionEventRequest transactionInfo.stoppedReason').to.equal('ImmediateReset');
      expect(p.idToken, 'E07.FR.03: TransactionEventRequest idToken is omitted').to.equal(undefined);
      // 5-6. BootNotificationRequest reason RemoteReset; 7-8. the configured connector Occupied, the others Available.
      await bootAccepted(ctx, boot, { expectedReason: 'RemoteReset', reasonRequirement: 'B01.FR.03', connectorStatus: afterReboot(s), securityEvent: false });
    });
  },
});

export const TC_B_41_CS = defineTestCase({
  id: 'TC_B_41_CS',
  title: 'Reset Charging Station - With multiple ongoing transactions - OnIdle',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'HFS-8 > 1' }],
  covers: ['B12', 'B12.FR.01', 'B12.FR.03', 'E07.FR.03'],
  catches: ['reset-onidle-interrupts-transaction', 'scheduled-reset-wrong-reason'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    // Two sessions at once: the CSMS side accepts every authorization and transaction message, the case follows the events.
    sut.autoAnswer('Authorize', { idTokenInfo: { status: 'Accepted' } });
    sut.autoAnswer('TransactionEvent', (p) => (p.idToken ? { idTokenInfo: { status: 'Accepted' } } : {}));
    const valid = validToken(ctx);
    const sessions = ics.evses.slice(0, 2).map((e, i) => ({ evseId: e.id, token: i === 0 ? valid : { idToken: `${valid.idToken}-2`.slice(0, 36), type: valid.type }, plugged: false }));
    const txEvent = (describe: string, filter: (p: Payload) => boolean, requirement: string) =>
      later(sut.expectCall('TransactionEvent', { describe, filter, requirement, timeoutMs: ics.timeouts.messageMs * 2 }).then((c) => {
        if (!c.answered) c.respond(c.payload.idToken ? { idTokenInfo: { status: 'Accepted' } } : {});
        return c;
      }));
    try {
      // Reusable State EnergyTransferStarted for EVSE 1 and for EVSE 2.
      for (const x of sessions) {
        const charging = txEvent(`(charging on EVSE ${x.evseId})`, (p) => txInfo(p).chargingState === 'Charging', 'E02.FR.13');
        await operator.do('presentIdToken', { idToken: x.token.idToken, type: x.token.type, evseId: x.evseId });
        await operator.do('plugIn', { evseId: x.evseId, connectorId: 1 });
        x.plugged = true;
        await charging;
      }
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 10, requirement: 'B12.FR.03' });
      // 1-2. ResetRequest OnIdle: Scheduled.
      const res = await sut.call('Reset', { type: 'OnIdle' });
      expect(res.status, 'B12.FR.01: ResetResponse status').to.equal('Scheduled');
      // 3-10. StopAuthorized (and, while the transaction runs, EVConnectedPostSession / EVDisconnected) per EVSE.
      for (const x of sessions) {
        const stop = txEvent(`(stop authorized on EVSE ${x.evseId})`, (p) => p.triggerReason === 'StopAuthorized', 'E07.FR.02');
        await operator.do('presentIdToken', { idToken: x.token.idToken, type: x.token.type, evseId: x.evseId });
        const p = (await stop).payload;
        if (p.eventType === 'Ended') continue;
        const ended = txEvent(`(end on EVSE ${x.evseId})`, (q) => q.eventType === 'Ended', 'E06.FR.15');
        await operator.do('unplug', { evseId: x.evseId, connectorId: 1 });
        x.plugged = false;
        await ended;
      }
      // 11-12. BootNotificationRequest reason ScheduledReset; 13-14. connectors Occupied where the EV is still connected.
      await bootAccepted(ctx, boot, {
        expectedReason: 'ScheduledReset', reasonRequirement: 'B12.FR.03',
        connectorStatus: (e, c) => (c === 1 && sessions.some((x) => x.evseId === e && x.plugged) ? 'Occupied' : 'Available'), securityEvent: false,
      });
    } finally {
      for (const x of sessions) if (x.plugged) await operator.do('unplug', { evseId: x.evseId, connectorId: 1 }).catch(() => undefined);
    }
  },
});

// --- B11/B12 Reset of one EVSE ----------------------------------------------------------------------

/**
 * Note "<Configured evseId> reboots". Armed before the reset: when the station reports the EVSE's
 * connector Unavailable meanwhile (B11.FR.08: it MAY), `restarted()` waits until it reports it back.
 */
function evseReboot(ctx: CaseContext, evseId: number): { restarted: () => Promise<void> } {
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

export const TC_B_25_CS = defineTestCase({
  id: 'TC_B_25_CS',
  title: 'Reset EVSE - Without ongoing transaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B11', 'B11.FR.01', 'B11.FR.08', 'B11.FR.10'],
  catches: ['evse-reset-rejected'],
  async run(ctx) {
    const { evseId } = configuredConnector(ctx);
    const reboot = evseReboot(ctx, evseId);
    // 1-2. ResetRequest OnIdle for the configured EVSE: Accepted (the EVSE resets).
    const res = await ctx.sut.call('Reset', { type: 'OnIdle', evseId });
    ctx.expect(res.status, 'B11.FR.08: ResetResponse status').to.equal('Accepted');
    await reboot.restarted();
  },
});

export const TC_B_26_CS = defineTestCase({
  id: 'TC_B_26_CS',
  title: 'Reset EVSE - With Ongoing Transaction - OnIdle',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B12', 'B12.FR.01', 'B12.FR.07'],
  catches: ['evse-reset-onidle-immediate'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. ResetRequest OnIdle for the EVSE: Scheduled.
      const res = await ctx.sut.call('Reset', { type: 'OnIdle', evseId: s.evseId });
      ctx.expect(res.status, 'B12.FR.01: ResetResponse status').to.equal('Scheduled');
      // 3-6. StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied.
      await stopAuthorized(ctx);
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
      // (The EVSE resets once the transaction ended: EVDisconnected waited for it to report Available again.)
      await parkingBayUnoccupied(ctx);
    });
  },
});

export const TC_B_27_CS = defineTestCase({
  id: 'TC_B_27_CS',
  title: 'Reset EVSE - With Ongoing Transaction - Immediate',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B12', 'B12.FR.02', 'B12.FR.08', 'E07.FR.03'],
  catches: ['evse-reset-keeps-transaction'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const ended = later(transactionEvent(ctx, { describe: '(EVSE reset)', requirement: 'B12.FR.08' }));
      const reboot = evseReboot(ctx, s.evseId);
      // 1-2. ResetRequest Immediate for the EVSE: Accepted.
      const res = await ctx.sut.call('Reset', { type: 'Immediate', evseId: s.evseId });
      expect(res.status, 'B12.FR.02: ResetResponse status').to.equal('Accepted');
      // 3-4. TransactionEventRequest Ended, ResetCommand, EVConnected, ImmediateReset.
      const p = await ended;
      expect(p.eventType, 'B12.FR.08: TransactionEventRequest eventType').to.equal('Ended');
      expect(p.triggerReason, 'B12.FR.08: TransactionEventRequest triggerReason').to.equal('ResetCommand');
      expect(txInfo(p).chargingState, 'B12.FR.08: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
      expect(txInfo(p).stoppedReason, 'B12.FR.08: TransactionEventRequest transactionInfo.stoppedReason').to.equal('ImmediateReset');
      await reboot.restarted();
    });
  },
});

export const TC_B_28_CS = defineTestCase({
  id: 'TC_B_28_CS',
  title: 'Reset EVSE - Not Supported',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'NOT C-13' }],
  covers: ['B11', 'B12', 'B11.FR.01', 'B11.FR.09', 'B12.FR.01', 'B12.FR.09'],
  catches: ['evse-reset-unsupported-accepted'],
  async run(ctx) {
    const { evseId } = configuredConnector(ctx);
    const reboot = evseReboot(ctx, evseId);
    // 1-2. ResetRequest OnIdle for the configured EVSE: Rejected.
    const res = await ctx.sut.call('Reset', { type: 'OnIdle', evseId });
    // A station that resets the EVSE anyway is waited for, so the next case finds it back.
    if (res.status === 'Accepted') await reboot.restarted().catch(() => undefined);
    ctx.expect(res.status, 'B11.FR.09: ResetResponse status').to.equal('Rejected');
  },
});

export const TC_B_29_CS = defineTestCase({
  id: 'TC_B_29_CS',
  title: 'Reset EVSE - With ongoing transaction - Not Supported',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'NOT C-13' }],
  covers: ['B11', 'B12.FR.01', 'B12.FR.09'],
  catches: ['evse-reset-unsupported-accepted'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. ResetRequest OnIdle for the EVSE: Rejected.
      const res = await ctx.sut.call('Reset', { type: 'OnIdle', evseId: s.evseId });
      ctx.expect(res.status, 'B12.FR.09: ResetResponse status').to.equal('Rejected');
    });
  },
});

// --- B09/B10 Network profiles ------------------------------------------------------------------------

/**
 * The harness's two endpoints: the one the station was configured with, and the same listener under
 * another path. A case moves the station to the endpoint it is not using now.
 */
function endpoints(ctx: CaseContext): { active: { url: string; path: string }; other: { url: string; path: string } } {
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
async function slots(ctx: CaseContext): Promise<{ active: number; other: number }> {
  const [r] = await getVariables(ctx, [cv('OCPPCommCtrlr', 'ActiveNetworkProfile')]);
  const active = r?.attributeStatus === 'Accepted' ? Number(r.attributeValue) : 1;
  return { active, other: active === 1 ? 2 : 1 };
}

async function messageTimeout(ctx: CaseContext): Promise<number> {
  const [r] = await getVariables(ctx, [cv('OCPPCommCtrlr', 'MessageTimeout', 'Default')]);
  return Number(r?.attributeValue) || 30;
}

/**
 * Steps 1-6 of the migration cases: SetNetworkProfile for the unused slot with the other endpoint,
 * NetworkConfigurationPriority = that slot first, then ResetRequest (always sent: errata 2025-06).
 */
async function migrate(ctx: CaseContext, url: string, slot: { active: number; other: number }): Promise<void> {
  const { sut, expect, ics } = ctx;
  // 1-2. SetNetworkProfileRequest for the slot not in use: Accepted.
  const res = await sut.call('SetNetworkProfile', {
    configurationSlot: slot.other,
    connectionData: {
      messageTimeout: await messageTimeout(ctx), ocppCsmsUrl: url, ocppInterface: 'Wired0', ocppTransport: 'JSON', ocppVersion: 'OCPP20',
      securityProfile: ics.securityProfile,
    },
  });
  expect(res.status, 'B09.FR.01: SetNetworkProfileResponse status').to.equal('Accepted');
  // 3-4. NetworkConfigurationPriority = "<new slot>,<previous slot>": Accepted or RebootRequired.
  const [set] = await setVariables(ctx, [{ ...NETWORK_PRIORITY, attributeValue: `${slot.other},${slot.active}` }]);
  expect(set?.attributeStatus, 'B10.FR.01: SetVariablesResponse setVariableResult[0].attributeStatus').to.be.oneOf(['Accepted', 'RebootRequired']);
  // 5-6. ResetRequest: Accepted.
  const reset = await sut.call('Reset', { type: 'OnIdle' });
  expect(reset.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
}

export const TC_B_43_CS = defineTestCase({
  id: 'TC_B_43_CS',
  title: 'Set new NetworkConnectionProfile - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B09', 'B09.FR.02'],
  catches: ['network-profile-accepts-invalid'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    // 1. SetNetworkProfileRequest for configuration slot 999 with the configured connection data.
    const res = await sut.call('SetNetworkProfile', {
      configurationSlot: 999,
      connectionData: {
        messageTimeout: await messageTimeout(ctx), ocppCsmsUrl: endpoints(ctx).active.url, ocppInterface: 'Wired0', ocppTransport: 'JSON', ocppVersion: 'OCPP20',
        securityProfile: ics.securityProfile,
      },
    });
    // 2. Rejected.
    expect(res.status, 'B09.FR.02: SetNetworkProfileResponse status').to.equal('Rejected');
  },
});

export const TC_B_45_CS = defineTestCase({
  id: 'TC_B_45_CS',
  title: 'Migrate to new ConnectionProfile - Success - Same CSMS Root',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B09', 'B10', 'B09.FR.01', 'B10.FR.01', 'B10.FR.04', 'B10.FR.06'],
  catches: ['network-priority-ignored'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const { other } = endpoints(ctx);
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B10.FR.04' });
    // 1-6. New profile in the unused slot, priority to it, reset.
    await migrate(ctx, other.url, await slots(ctx));
    // 7. Reusable State Booted; the station connects with the new connection data.
    await bootAccepted(ctx, boot);
    expect(String(sut.connectionInfo()?.path ?? ''), 'B10.FR.04: the station connected to the endpoint of the first NetworkConfigurationPriority entry')
      .to.satisfy((p: string) => p.startsWith(other.path));
  },
});

export const TC_B_46_CS = defineTestCase({
  id: 'TC_B_46_CS',
  title: 'Migrate to new ConnectionProfile - Fallback mechanism - Same CSMS Root',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B10', 'B10.FR.03', 'B10.FR.04'],
  catches: ['network-profile-no-fallback'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const { active, other } = endpoints(ctx);
    // Configuration State: NetworkProfileConnectionAttempts is 2.
    const before = await currentValues(ctx, [cv('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts')]);
    await configure(ctx, [[cv('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), '2']]);
    // 7. The OCTT does not accept the connection attempts to the first slot's endpoint.
    sut.refuseConnections({ pathPrefix: other.path });
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 6, requirement: 'B10.FR.03' });
    // 1-6. New profile in the unused slot, priority to it, reset.
    await migrate(ctx, other.url, await slots(ctx));
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const refused = await sut.expectRefusedConnection(ics.timeouts.messageMs * 3, 'B10.FR.04');
      expect(refused.path, `B10.FR.03: connection attempt ${attempt} goes to the first slot's endpoint`).to.satisfy((p: string) => p.startsWith(other.path));
    }
    // 8. It accepts the attempt with the second slot; 9. Reusable State Booted.
    await bootAccepted(ctx, boot);
    expect(String(sut.connectionInfo()?.path ?? ''), 'B10.FR.03: after two failed attempts the station connects with the second slot')
      .to.satisfy((p: string) => p.startsWith(active.path));
    await configure(ctx, before);
  },
});

/**
 * TC_B_47_CS. <Configured (new) CSMS Root certificate 2>, which must be signed by the configured (old) CSMS root:
 * the test PKI's `cso-sub-ca`, a CA certificate issued by `csms-root` (the old root, which signs the harness's
 * server certificate). No endpoint change is needed: the OCTT keeps presenting its certificate signed by the
 * old root, which the new root alone cannot verify.
 */
export const TC_B_47_CS = defineTestCase({
  id: 'TC_B_47_CS',
  title: 'Migrate to new ConnectionProfile - Fallback after NetworkProfileConnectionAttempts per NetworkConfigurationPriority failed - New CSMS Root - New CSMS',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'AS-2 and C-47' }],
  covers: ['B09', 'B10', 'M05', 'B10.FR.07', 'M05.FR.15', 'M05.FR.16'],
  requires: { securityProfile: [2, 3] },
  catches: ['additional-root-check-ignored'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const pki = await ctx.pki();
    const oldRoot = pki.get('csms-root').certPem;
    const newRoot = pki.get('cso-sub-ca').certPem;
    const { active, other } = endpoints(ctx);
    // Configuration State: OCPPCommCtrlr.NetworkProfileConnectionAttempts is 1 (the back-off values only size the wait).
    const vars = [cv('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), cv('OCPPCommCtrlr', 'RetryBackOffWaitMinimum'), cv('OCPPCommCtrlr', 'RetryBackOffRandomRange')];
    const before = await currentValues(ctx, vars);
    const seconds = (name: string) => Number(before.find(([v]) => v.variable.name === name)?.[1]) || 0;
    const backOffMs = (seconds('RetryBackOffWaitMinimum') + seconds('RetryBackOffRandomRange')) * 1000;
    await configure(ctx, [[vars[0] as ComponentVariable, '1']]);
    // Memory State: CertificateInstalled for certificateType CSMSRootCertificate and the new root (signed by the old one).
    const installed = await sut.call('InstallCertificate', { certificateType: 'CSMSRootCertificate', certificate: newRoot });
    expect(installed.status, 'M05.FR.12: InstallCertificateResponse status (memory state)').to.equal('Accepted');
    try {
      const slot = await slots(ctx);
      const attempt = sut.expectConnectionAttempt({ timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B10.FR.04' });
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 4 + backOffMs * 2, requirement: 'M05.FR.16' });
      // 1-6. New profile (the endpoint not in use) in the unused slot, priority to it, reset OnIdle: ResetResponse Accepted.
      await migrate(ctx, other.url, slot);
      // 7-8. The OCTT presents its certificate signed by the old root: the station, verifying with the new root, fails the handshake.
      const first = await attempt;
      expect(first.kind, 'M05.FR.15: the first attempt (new profile) fails, the server certificate is not signed by the new CSMS root').to.equal('tlsFailed');
      // 9. Back to the previous profile, verified with the (fallback) old root: succeeds. 10. Reusable State Booted
      // (the failed handshake may be reported too, InvalidCsmsCertificate (A00.FR.310), in any order).
      await bootAccepted(ctx, boot, { securityEvent: false });
      await sut.expectCall('SecurityEventNotification', {
        filter: (p) => p.type === 'StartupOfTheDevice' || p.type === 'ResetOrReboot', requirement: 'A04.FR.01', describe: '(StartupOfTheDevice or ResetOrReboot)',
      });
      expect(String(sut.connectionInfo()?.path ?? ''), 'M05.FR.16: the station went back to the previous network profile')
        .to.satisfy((p: string) => p.startsWith(active.path));
      // 11-12. GetInstalledCertificateIds for CSMSRootCertificate: Accepted, with an entry for the old root.
      const ids = await sut.call('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
      expect(ids.status, 'M03.FR.01: GetInstalledCertificateIdsResponse status').to.equal('Accepted');
      const { X509Certificate } = await import('node:crypto');
      const norm = (v: unknown) => String(v).toLowerCase().replace(/^0+/, '');
      const serial = norm(new X509Certificate(oldRoot).serialNumber);
      const chains = (ids.certificateHashDataChain as Array<{ certificateType?: string; certificateHashData?: Payload }> | undefined) ?? [];
      expect(chains.some((c) => c.certificateType === 'CSMSRootCertificate' && norm(c.certificateHashData?.serialNumber) === serial),
        'M05.FR.16: certificateHashDataChain has a CSMSRootCertificate entry for the old CSMS root').to.equal(true);
    } finally {
      if (sut.isConnected()) await removeCsmsRoot(ctx, newRoot).catch(() => undefined);
    }
    await configure(ctx, before);
  },
});

export const TC_B_49_CS = defineTestCase({
  id: 'TC_B_49_CS',
  title: 'Migrate to new ConnectionProfile - Fallback after NetworkProfileConnectionAttempts per NetworkConfigurationPriority failed - Same CSMS Root',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-47' }],
  covers: ['B10', 'B10.FR.07'],
  catches: ['network-profile-no-fallback', 'network-fallback-cycles'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const { active, other } = endpoints(ctx);
    // Configuration State: one attempt per profile, no doubling, no random part, <Configured RetryBackOffWaitMinimum>.
    const backOff = [cv('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), cv('OCPPCommCtrlr', 'RetryBackOffRepeatTimes'),
      cv('OCPPCommCtrlr', 'RetryBackOffRandomRange'), cv('OCPPCommCtrlr', 'RetryBackOffWaitMinimum')];
    const before = await currentValues(ctx, backOff);
    await configure(ctx, [[backOff[0] as ComponentVariable, '1'], [backOff[1] as ComponentVariable, '0'], [backOff[2] as ComponentVariable, '0'],
      [backOff[3] as ComponentVariable, String(RETRY_WAIT_S)]]);
    try {
      sut.refuseConnections();
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3 + RETRY_WAIT_S * 4000, requirement: 'B10.FR.07' });
      // 1-6. New profile in the unused slot, priority to it, reset (Part 6 writes type Idle: OnIdle).
      await migrate(ctx, other.url, await slots(ctx));
      // 7-8. The attempt with the new profile is not accepted.
      const first = await sut.expectRefusedConnection(ics.timeouts.messageMs * 3, 'B10.FR.04');
      expect(first.path, 'B10.FR.04: the first attempt uses the new profile').to.satisfy((p: string) => p.startsWith(other.path));
      // 9-10. Back to the previous profile: not accepted either.
      const second = await sut.expectRefusedConnection(ics.timeouts.messageMs * 2 + RETRY_WAIT_S * 2000, 'B10.FR.03');
      expect(second.path, 'B10.FR.03: after NetworkProfileConnectionAttempts the station uses the previous profile').to.satisfy((p: string) => p.startsWith(active.path));
      sut.acceptConnections();
      // 11-12. After RetryBackOffWaitMinimum it reconnects (previous profile, the last that worked); accepted.
      // 13. Reusable State Booted.
      const bootCall = await bootAccepted(ctx, boot);
      expect(String(sut.connectionInfo()?.path ?? ''), 'B10.FR.07: the station reconnects with the profile of its last successful connection')
        .to.satisfy((p: string) => p.startsWith(active.path));
      expect(bootCall.t - second.t, `B10.FR.07: ms between the refused attempt and the reconnection (RetryBackOffWaitMinimum ${RETRY_WAIT_S} s)`)
        .to.be.at.least(RETRY_WAIT_S * 1000);
    } finally {
      sut.acceptConnections();
    }
    await configure(ctx, before);
  },
});

export const TC_B_50_CS = defineTestCase({
  id: 'TC_B_50_CS',
  title: 'Migrate to new ConnectionProfile - Success - New CSMS Root - New CSMS',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B10', 'M05', 'M05.FR.13'],
  requires: { securityProfile: [2, 3] },
  catches: ['installed-root-ignored'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const pki = await ctx.pki();
    // <Configured (new) CSMS Root certificate 2>: a root of its own, with a server certificate for the harness's host.
    const newRoot = pki.get('unknown-ca').certPem;
    // Memory State: CertificateInstalled for certificateType CSMSRootCertificate and the new root.
    const installed = await sut.call('InstallCertificate', { certificateType: 'CSMSRootCertificate', certificate: newRoot });
    expect(installed.status, 'M05.FR.01: InstallCertificateResponse status (memory state)').to.equal('Accepted');
    try {
      const { other } = endpoints(ctx);
      // 7-8. The alternative endpoint presents a server certificate signed by the new CSMS root.
      await sut.reconfigureEndpoint({ serverCert: 'unknown-ca-server' });
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 4, requirement: 'B10.FR.04' });
      // 1-6. New profile in the unused slot, priority to it, reset.
      await migrate(ctx, other.url, await slots(ctx));
      // 9. Reusable State Booted, over the new endpoint.
      await bootAccepted(ctx, boot);
      expect(String(sut.connectionInfo()?.path ?? ''), 'B10.FR.04: the station connected to the new CSMS').to.satisfy((p: string) => p.startsWith(other.path));
    } finally {
      if (sut.isConnected()) await removeCsmsRoot(ctx, newRoot).catch(() => undefined);
    }
  },
});

/** Deletes an installed CSMS root again (best effort), so the cases after this one see the station's own roots. */
async function removeCsmsRoot(ctx: CaseContext, pem: string): Promise<void> {
  const { X509Certificate } = await import('node:crypto');
  const norm = (s: string) => s.toLowerCase().replace(/^0+/, '');
  const serial = norm(new X509Certificate(pem).serialNumber);
  const ids = await ctx.sut.callRaw('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
  if (ids.kind !== 'result') return;
  const chains = (ids.payload.certificateHashDataChain as Array<{ certificateHashData: Payload }> | undefined) ?? [];
  const entry = chains.find((c) => norm(String(c.certificateHashData.serialNumber)) === serial);
  if (entry) await ctx.sut.callRaw('DeleteCertificate', { certificateHashData: entry.certificateHashData });
}

// --- B04 Offline behaviour and Part 4 reconnecting ------------------------------------------------------

/**
 * TC_B_51 / TC_B_52: the OCTT closes the connection, the EV is connected meanwhile, the station
 * reconnects after `waitS` and reports the configured connector Occupied.
 */
async function statusAfterOutage(ctx: CaseContext, waitS: number, requirement: string): Promise<void> {
  const { sut, operator, expect, ics } = ctx;
  const setting = (variable: string, value: string) => ({ component: 'OCPPCommCtrlr', variable, value });
  // Configuration State (put back after the case, with the station idle again).
  const configuration = [setting('OfflineThreshold', String(OFFLINE_THRESHOLD_S)), setting('RetryBackOffWaitMinimum', String(waitS)), setting('RetryBackOffRandomRange', '0')];
  await transactionCase(ctx, { configuration }, async (s) => {
    // The transaction the EV may start meanwhile is not what this case is about: its messages are answered at once.
    sut.autoAnswer('TransactionEvent', (p) => (p.idToken ? { idTokenInfo: { status: 'Accepted' } } : {}));
    // 1. The OCTT closes the WebSocket connection.
    await sut.disconnect();
    // 2. Manual Action: Connect the EV and EVSE.
    const status = sut.expectCall('StatusNotification', {
      timeoutMs: waitS * 1000 + ics.timeouts.messageMs * 3, requirement, describe: '(connector Occupied, after the outage)',
      filter: (p) => p.evseId === s.evseId && p.connectorId === s.connectorId && p.connectorStatus === 'Occupied',
    });
    await operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
    s.evConnected = true;
    // 3. The OCTT accepts the reconnection; 4-5. the station reports the configured connector Occupied.
    const p = (await status).payload;
    expect(p.connectorStatus, `${requirement}: StatusNotificationRequest connectorStatus`).to.equal('Occupied');
  });
}

export const TC_B_51_CS = defineTestCase({
  id: 'TC_B_51_CS',
  title: 'Status change during offline period - > Offline Threshold',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B04', 'B04.FR.01'],
  catches: ['no-status-after-reconnect'],
  async run(ctx) {
    // RetryBackOffWaitMinimum = offline threshold + 2 s: the station is offline longer than the threshold.
    await statusAfterOutage(ctx, OFFLINE_THRESHOLD_S + 2, 'B04.FR.01');
  },
});

export const TC_B_52_CS = defineTestCase({
  id: 'TC_B_52_CS',
  title: 'Status change during offline period - < Offline Threshold',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B04', 'B04.FR.02'],
  catches: ['no-status-after-reconnect'],
  async run(ctx) {
    // RetryBackOffWaitMinimum = offline threshold - 2 s: the station is back before the threshold.
    await statusAfterOutage(ctx, OFFLINE_THRESHOLD_S - 2, 'B04.FR.02');
  },
});

export const TC_B_57_CS = defineTestCase({
  id: 'TC_B_57_CS',
  title: 'Network Reconnection - After connection loss',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['OCPP-J 5.3 Reconnecting'],
  catches: ['reconnect-ignores-backoff'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const requirement = 'OCPP-J 5.3';
    const backOff = [cv('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), cv('OCPPCommCtrlr', 'RetryBackOffRepeatTimes'),
      cv('OCPPCommCtrlr', 'RetryBackOffRandomRange'), cv('OCPPCommCtrlr', 'RetryBackOffWaitMinimum')];
    const before = await currentValues(ctx, backOff);
    // Configuration State (errata 2025-02 adds NetworkProfileConnectionAttempts 3).
    await configure(ctx, [[backOff[0] as ComponentVariable, '3'], [backOff[1] as ComponentVariable, '2'], [backOff[2] as ComponentVariable, '0'],
      [backOff[3] as ComponentVariable, String(RETRY_WAIT_S)]]);
    const wait = RETRY_WAIT_S * 1000;
    // 1. The OCTT closes the websocket connection.
    let closedAt = Date.now();
    await sut.disconnect();
    // 2-3. The station waits RetryBackOffWaitMinimum and reconnects; accepted.
    await sut.expectConnection(wait + ics.timeouts.messageMs * 2, requirement);
    expect(Date.now() - closedAt, `${requirement}: ms before reconnecting (RetryBackOffWaitMinimum ${RETRY_WAIT_S} s)`).to.be.at.least(wait);
    // 4. The OCTT closes the connection again; 5-6. the reconnection after RetryBackOffWaitMinimum is not accepted.
    sut.refuseConnections();
    closedAt = Date.now();
    await sut.disconnect();
    const refused = await sut.expectRefusedConnection(wait + ics.timeouts.messageMs * 2, requirement);
    expect(refused.t - closedAt, `${requirement}: ms before the second reconnection (RetryBackOffWaitMinimum ${RETRY_WAIT_S} s)`).to.be.at.least(wait);
    sut.acceptConnections();
    // 7-8. The next attempt after twice that wait; accepted.
    await sut.expectConnection(2 * wait + ics.timeouts.messageMs * 2, requirement);
    expect(Date.now() - refused.t, `${requirement}: ms between the refused attempt and the next (2 x RetryBackOffWaitMinimum)`).to.be.at.least(2 * wait);
    await configure(ctx, before);
  },
});

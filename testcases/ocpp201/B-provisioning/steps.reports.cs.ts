/** Block B helpers, charging station under test: device model reports (B07 base, B08 custom) and the variables Part 2 requires. */
import type { CaseContext, Payload, Request } from '../../kit.js';
import { cv, issuedRequestIds, label, newRequestId, sameVariable, statusInfoIs, type ComponentVariable } from './steps.cs.js';

export interface ReportDatum extends ComponentVariable {
  variableAttribute?: Array<{ type?: string; value?: string; mutability?: string }>;
  variableCharacteristics?: { dataType?: string; valuesList?: string; maxLimit?: number };
}

export interface ReportRequirements {
  /** Blamed when no (further) NotifyReport comes. */
  sent: string;
  requestId: string;
  seqNo: string;
}

export const BASE_REPORT: ReportRequirements = { sent: 'B07.FR.03', requestId: 'B07.FR.04', seqNo: 'B07.FR.10' };

export const CUSTOM_REPORT: ReportRequirements = { sent: 'B08.FR.03', requestId: 'B08.FR.04', seqNo: 'B08.FR.14' };

/**
 * Steps "The Charging Station sends NotifyReportRequest / the OCTT responds", repeated while tbc:
 * every part carries the requestId, the first has seqNo 0 and each next one seqNo + 1.
 */
export async function collectReport(ctx: CaseContext<'2.0.1', 'CS'>, requestId: number, req: ReportRequirements): Promise<ReportDatum[]> {
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
    data.push(...(part.payload.reportData ?? []));
    if (part.payload.tbc !== true) return data;
  }
}

export const LIST_TYPES = ['OptionList', 'SequenceList', 'MemberList'];

export const listOf = (s: string | undefined): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

/** "variableCharacteristics are present" and "if dataType is OptionList, SequenceList or MemberList then valuesList must be provided". */
export function checkCharacteristics(ctx: CaseContext<'2.0.1', 'CS'>, data: ReportDatum[], requirement: string): void {
  for (const d of data) {
    ctx.expect(d.variableCharacteristics, `${requirement}: variableCharacteristics of ${label(d)}`).to.not.equal(undefined);
    if (LIST_TYPES.includes(d.variableCharacteristics?.dataType ?? '')) {
      ctx.expect(listOf(d.variableCharacteristics?.valuesList), `${requirement}: valuesList of ${label(d)} (${String(d.variableCharacteristics?.dataType)})`).to.have.length.above(0);
    }
  }
}

/** Fails when a required component/variable is not in the report. */
export function checkReported(ctx: CaseContext<'2.0.1', 'CS'>, data: ReportDatum[], required: ComponentVariable[], requirement: string): void {
  const missing = required.filter((r) => !data.some((d) => sameVariable(d, r)));
  ctx.expect(missing.map(label), `${requirement}: required variables not reported`).to.deep.equal([]);
}

/** Device model variables Part 2 marks required, per certification profile (Appendices CSV v1.4, "Required? yes"). */
export const REQUIRED_VARIABLES: Record<string, Array<[string, string, string?]>> = {
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
export const REQUIRED_WRITABLE: Array<[string, string, string?]> = [
  ['AlignedDataCtrlr', 'Interval'], ['AlignedDataCtrlr', 'Measurands'], ['AlignedDataCtrlr', 'TxEndedInterval'], ['AlignedDataCtrlr', 'TxEndedMeasurands'],
  ['AuthCtrlr', 'LocalAuthorizeOffline'], ['AuthCtrlr', 'LocalPreAuthorize'],
  ['OCPPCommCtrlr', 'MessageAttemptInterval', 'TransactionEvent'], ['OCPPCommCtrlr', 'MessageAttempts', 'TransactionEvent'], ['OCPPCommCtrlr', 'NetworkConfigurationPriority'],
  ['OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'], ['OCPPCommCtrlr', 'OfflineThreshold'], ['OCPPCommCtrlr', 'ResetRetries'],
  ['SampledDataCtrlr', 'TxEndedInterval'], ['SampledDataCtrlr', 'TxEndedMeasurands'], ['SampledDataCtrlr', 'TxStartedMeasurands'], ['SampledDataCtrlr', 'TxUpdatedInterval'],
  ['SampledDataCtrlr', 'TxUpdatedMeasurands'], ['SecurityCtrlr', 'OrganizationName'], ['TxCtrlr', 'EVConnectionTimeOut'], ['TxCtrlr', 'StopTxOnInvalidId'],
];

/** The required variables of the profiles the ICS claims, with the charging infrastructure of its EVSE layout. */
export function requiredVariables(ctx: CaseContext<'2.0.1', 'CS'>): ComponentVariable[] {
  const controllers = Object.entries(REQUIRED_VARIABLES).filter(([profile]) => profile === 'Core' || ctx.ics.profiles.includes(profile))
    .flatMap(([, list]) => list.map(([c, v, i]) => cv(c, v, i)));
  const hardware = ctx.ics.evses.flatMap((e) => [
    ...['AvailabilityState', 'Available', 'Power', 'SupplyPhases'].map((v) => cv('EVSE', v, undefined, { id: e.id })),
    ...Array.from({ length: e.connectors }, (_x, i) => ['Available', 'ConnectorType', 'SupplyPhases'].map((v) => cv('Connector', v, undefined, { id: e.id, connectorId: i + 1 }))).flat(),
  ]);
  return [...controllers, ...hardware];
}

// --- B07 Get Base Report ---------------------------------------------------------------------------

export async function baseReport(ctx: CaseContext<'2.0.1', 'CS'>, reportBase: Request<'2.0.1', 'GetBaseReport'>['reportBase']): Promise<ReportDatum[]> {
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

// --- B08 Get Custom Report ---------------------------------------------------------------------------

/** Steps 1-4 of a custom report: GetReportRequest Accepted, then its NotifyReport parts. */
export async function customReport(ctx: CaseContext<'2.0.1', 'CS'>, request: Payload): Promise<ReportDatum[]> {
  const { sut, expect } = ctx;
  const requestId = newRequestId();
  const res = await sut.call('GetReport', { requestId, ...request });
  expect(res.status, 'B08.FR.01: GetReportResponse status').to.equal('Accepted');
  statusInfoIs(ctx, res.statusInfo, ['NoError'], 'B08.FR.01: GetReportResponse statusInfo.reasonCode');
  const data = await collectReport(ctx, requestId, CUSTOM_REPORT);
  checkCharacteristics(ctx, data, 'B08.FR.12');
  return data;
}

export const AVAILABILITY_STATES = ['Available', 'Occupied', 'Reserved', 'Unavailable', 'Faulted'];

/** The tool validations of the EVSE #1 AvailabilityState report (TC_B_17, TC_B_18). */
export function checkEvseAvailabilityReport(ctx: CaseContext<'2.0.1', 'CS'>, data: ReportDatum[], evseId: number, requirement: string): void {
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

/** The componentCriteria a station may leave unsupported; the ICS names them as features 'Unsupported componentCriteria <value>'. */
export const OPTIONAL_CRITERIA = ['Active', 'Enabled', 'Problem'] as const;

export const unsupportedCriterion = (c: string) => `Unsupported componentCriteria ${c}`;


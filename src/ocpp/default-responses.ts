import type { OcppVersion } from '../rpc/versions.js';
import type { Payload } from '../rpc/codec.js';
import type { Ics } from '../domain/ics.js';
import type { HarnessDeviceModel } from './station-device-model.js';

/**
 * What the harness answers when a case has not claimed a call: the behaviour of a plain,
 * conformant counterpart. Kept as data per version and side so cases can override one action.
 */
export type DefaultResponder = (payload: Payload, ctx: ResponderContext) => Payload | undefined;

export interface ResponderContext {
  version: OcppVersion;
  ics: Ics;
  now: () => string;
  nextTransactionId: () => number;
  /** Harness plays a 2.x station: its device model (Part 6 §3.1), which GetVariables / SetVariables / GetBaseReport read and write. */
  deviceModel?: HarnessDeviceModel;
  /** Sends a CALL of the harness after the answer went out (e.g. NotifyReport after GetBaseReport, B07.FR.03). */
  followUp?: (action: string, payload: Payload) => void;
}

/** NotifyReport messages per report (DeviceDataCtrlr.ItemsPerMessage of the harness's device model). */
const REPORT_ITEMS_PER_MESSAGE = 50;

/** Sends a report's data as NotifyReport messages: one requestId, seqNo from 0, tbc on all but the last (B07.FR.03/04). */
function sendReport(c: ResponderContext, requestId: unknown, data: Payload[]): void {
  const chunks = Array.from({ length: Math.max(1, Math.ceil(data.length / REPORT_ITEMS_PER_MESSAGE)) },
    (_, i) => data.slice(i * REPORT_ITEMS_PER_MESSAGE, (i + 1) * REPORT_ITEMS_PER_MESSAGE));
  chunks.forEach((reportData, seqNo) => c.followUp?.('NotifyReport', {
    requestId: typeof requestId === 'number' ? requestId : 0, generatedAt: c.now(), seqNo,
    ...(seqNo < chunks.length - 1 ? { tbc: true } : {}), ...(reportData.length ? { reportData } : {}),
  }));
}

function tokenStatus(ics: Ics, idToken: unknown): string {
  const value = typeof idToken === 'string' ? idToken : (idToken as { idToken?: string } | undefined)?.idToken;
  const t = ics.idTokens;
  if (value === t.valid.idToken || value === t.valid2?.idToken || value === t.masterPass?.idToken || value === t.group?.idToken) return 'Accepted';
  if (value === t.blocked?.idToken) return 'Blocked';
  if (value === t.expired?.idToken) return 'Expired';
  return 'Invalid';
}

/** Harness plays the CSMS: answers to calls a charging station makes. */
const CSMS_SIDE: Record<string, DefaultResponder> = {
  BootNotification: (_p, c) => ({ currentTime: c.now(), interval: c.ics.heartbeatInterval, status: 'Accepted' }),
  Heartbeat: (_p, c) => ({ currentTime: c.now() }),
  StatusNotification: () => ({}),
  NotifyEvent: () => ({}),
  NotifyReport: () => ({}),
  NotifyMonitoringReport: () => ({}),
  MeterValues: () => ({}),
  SecurityEventNotification: () => ({}),
  FirmwareStatusNotification: () => ({}),
  LogStatusNotification: () => ({}),
  DiagnosticsStatusNotification: () => ({}),
  SignedFirmwareStatusNotification: () => ({}),
  NotifyChargingLimit: () => ({}),
  ReservationStatusUpdate: () => ({}),
  NotifyDisplayMessages: () => ({}),
  NotifyCustomerInformation: () => ({}),
  ReportChargingProfiles: () => ({}),
  ClearedChargingLimit: () => ({}),
  NotifyEVChargingSchedule: () => ({ status: 'Accepted' }),
  NotifyEVChargingNeeds: () => ({ status: 'Accepted' }),
  PublishFirmwareStatusNotification: () => ({}),
  SignCertificate: () => ({ status: 'Accepted' }),
  // A plain CSMS with no OCSP responder to ask (M06.FR.04).
  GetCertificateStatus: () => ({ status: 'Failed' }),
  DataTransfer: () => ({ status: 'UnknownVendorId' }),
  Authorize: (p, c) => (c.version === '1.6'
    ? { idTagInfo: { status: tokenStatus(c.ics, p.idTag) } }
    : { idTokenInfo: { status: tokenStatus(c.ics, p.idToken) } }),
  TransactionEvent: (p, c) => (p.idToken ? { idTokenInfo: { status: tokenStatus(c.ics, p.idToken) } } : {}),
  StartTransaction: (p, c) => ({ transactionId: c.nextTransactionId(), idTagInfo: { status: tokenStatus(c.ics, p.idTag) } }),
  StopTransaction: (p, c) => (p.idTag ? { idTagInfo: { status: tokenStatus(c.ics, p.idTag) } } : {}),
};

function listOf(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
}

/** A scalar as is; anything nested replaced by a marker, so an echo never carries the SUT's nesting. */
function scalar(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? '[nested]' : value;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Copies only the scalar fields of ComponentType that the answer echoes: nothing the CSMS nested is walked or echoed. */
function componentRef(value: unknown): Payload {
  const c = record(value);
  const evse = record(c.evse);
  return {
    name: scalar(c.name),
    ...(c.instance !== undefined ? { instance: scalar(c.instance) } : {}),
    ...(c.evse !== undefined ? { evse: { id: scalar(evse.id), ...(evse.connectorId !== undefined ? { connectorId: scalar(evse.connectorId) } : {}) } } : {}),
  };
}

/** Copies only the scalar fields of VariableType. */
function variableRef(value: unknown): Payload {
  const v = record(value);
  return { name: scalar(v.name), ...(v.instance !== undefined ? { instance: scalar(v.instance) } : {}) };
}

/** Harness plays the charging station: answers to calls a CSMS makes. */
const STATION_SIDE: Record<string, DefaultResponder> = {
  Reset: () => ({ status: 'Accepted' }),
  ChangeAvailability: () => ({ status: 'Accepted' }),
  ClearCache: () => ({ status: 'Accepted' }),
  UnlockConnector: () => ({ status: 'Unlocked' }),
  TriggerMessage: () => ({ status: 'Accepted' }),
  RequestStartTransaction: () => ({ status: 'Accepted' }),
  RequestStopTransaction: () => ({ status: 'Accepted' }),
  RemoteStartTransaction: () => ({ status: 'Accepted' }),
  RemoteStopTransaction: () => ({ status: 'Accepted' }),
  ChangeConfiguration: () => ({ status: 'Accepted' }),
  GetConfiguration: () => ({ configurationKey: [], unknownKey: [] }),
  GetBaseReport: (p, c) => {
    if (!c.deviceModel) return { status: 'Accepted' };
    const data = c.deviceModel.baseReport(String(scalar(p.reportBase)));
    if (!data) return { status: 'NotSupported' };
    sendReport(c, p.requestId, data);
    return { status: 'Accepted' };
  },
  GetReport: () => ({ status: 'Accepted' }),
  SetVariables: (p, c) => ({
    setVariableResult: c.deviceModel ? c.deviceModel.setVariables(p) : listOf(p.setVariableData).map((d) => ({
      attributeType: scalar(d.attributeType ?? 'Actual'), attributeStatus: 'Accepted', component: componentRef(d.component), variable: variableRef(d.variable),
    })),
  }),
  GetVariables: (p, c) => ({
    getVariableResult: c.deviceModel ? c.deviceModel.getVariables(p) : listOf(p.getVariableData).map((d) => ({
      attributeType: scalar(d.attributeType ?? 'Actual'), attributeStatus: 'UnknownVariable', component: componentRef(d.component), variable: variableRef(d.variable),
    })),
  }),
  GetLocalListVersion: (_p, c) => (c.version === '1.6' ? { listVersion: 0 } : { versionNumber: 0 }),
  SendLocalList: () => ({ status: 'Accepted' }),
  DataTransfer: () => ({ status: 'UnknownVendorId' }),
  CertificateSigned: () => ({ status: 'Accepted' }),
  InstallCertificate: () => ({ status: 'Accepted' }),
  DeleteCertificate: () => ({ status: 'Accepted' }),
  GetInstalledCertificateIds: () => ({ status: 'NotFound' }),
  SetNetworkProfile: () => ({ status: 'Accepted' }),
  GetTransactionStatus: () => ({ messagesInQueue: false }),
  GetLog: () => ({ status: 'Accepted' }),
  // 1.6 UpdateFirmware.conf is empty (5.19); 2.0.1 has a status (L01.FR.01).
  UpdateFirmware: (_p, c) => (c.version === '1.6' ? {} : { status: 'Accepted' }),
  ExtendedTriggerMessage: () => ({ status: 'Accepted' }),
};

export function defaultResponse(side: 'csms' | 'station', action: string, payload: Payload, ctx: ResponderContext): Payload | undefined {
  const table = side === 'csms' ? CSMS_SIDE : STATION_SIDE;
  return table[action]?.(payload, ctx);
}

/** Calls answered at once when no case is waiting for them: their answers carry no decision. */
export const BACKGROUND_ACTIONS: ReadonlySet<string> = new Set([
  'Heartbeat', 'StatusNotification', 'NotifyEvent', 'MeterValues', 'SecurityEventNotification', 'FirmwareStatusNotification',
  'LogStatusNotification', 'DiagnosticsStatusNotification', 'SignedFirmwareStatusNotification', 'NotifyMonitoringReport',
  'NotifyChargingLimit', 'NotifyDisplayMessages', 'NotifyCustomerInformation', 'ClearedChargingLimit', 'NotifyReport',
  'ReportChargingProfiles', 'PublishFirmwareStatusNotification',
]);

/**
 * CSMS requests that only ask the station for information (harness plays the station): an unclaimed
 * one is answered at once, not after the hold time (issue 12 section 4c).
 */
export const INFORMATION_ACTIONS: ReadonlySet<string> = new Set([
  'GetVariables', 'GetConfiguration', 'GetLocalListVersion', 'GetInstalledCertificateIds', 'GetTransactionStatus',
]);

/**
 * The 2.0.1 device model (part 1 ch. 4; part 2 appendix 3): components and variables with their
 * mutability and characteristics, GetVariables / SetVariables (B05, B06), GetBaseReport /
 * GetReport -> NotifyReport (B07, B08). Only attributeType Actual is implemented.
 */
import type { Payload } from '../../rpc/codec.js';
import type { StationContext } from './context.js';
import type { SettingStore } from './settings.js';
import type { HandlerTable } from './types.js';
import { measurandsSupported } from './meter.js';
import { claimsExplicitly, supports } from './features.js';
import { NETWORK_SLOTS } from './network-profiles.js';

export type Mutability = 'ReadOnly' | 'ReadWrite' | 'WriteOnly';
/** DataEnumType of the 2.0.1 schema (the appendix's passwordString is reported as string). */
export type DataType = 'string' | 'decimal' | 'integer' | 'dateTime' | 'boolean' | 'OptionList' | 'SequenceList' | 'MemberList';

export interface ComponentRef {
  name: string;
  instance?: string;
  evse?: { id: number; connectorId?: number };
}

export interface VariableRef {
  name: string;
  instance?: string;
}

export interface VariableDef {
  component: ComponentRef;
  variable: VariableRef;
  mutability: Mutability;
  dataType: DataType;
  unit?: string;
  valuesList?: string;
  minLimit?: number;
  maxLimit?: number;
  /** Stored Actual value (absent for computed variables). */
  value?: string;
  /** Computed Actual value (state the station knows, e.g. AvailabilityState). */
  get?: () => string;
  /** Extra check on a new value: a reason to reject it, or undefined. */
  check?: (value: string) => string | undefined;
  rebootRequired?: boolean;
  constant?: boolean;
}

/** Items per NotifyReport message. */
const REPORT_CHUNK = 25;
const ITEMS_PER_MESSAGE = 32;
/** The componentCriteria GetReport supports (B08.FR.07-10); Active is not (the ICS claims 'Unsupported componentCriteria Active'). */
const SUPPORTED_CRITERIA: readonly string[] = ['Available', 'Enabled', 'Problem'];
const BYTES_PER_MESSAGE = 65_536;
const TX_POINTS = 'ParkingBayOccupancy,EVConnected,Authorized,PowerPathClosed,EnergyTransfer';
const MEASURANDS = 'Energy.Active.Import.Register,Power.Active.Import,Current.Import,Current.Offered,Power.Offered,Voltage,Frequency,SoC';

const refKey = (c: ComponentRef, v: VariableRef): string =>
  `${c.name}|${c.instance ?? ''}|${c.evse?.id ?? ''}|${c.evse?.connectorId ?? ''}|${v.name}|${v.instance ?? ''}`;

/** `Component.Variable` or `Component.Variable[Instance]` (top-level components only): the ids used by Settings. */
const settingId = (d: VariableDef): string | undefined =>
  d.component.evse || d.component.instance ? undefined : `${d.component.name}.${d.variable.name}${d.variable.instance ? `[${d.variable.instance}]` : ''}`;

function validate(def: VariableDef, value: string): string | undefined {
  switch (def.dataType) {
    case 'integer':
    case 'decimal': {
      if (!(def.dataType === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(value)) return def.dataType === 'integer' ? 'not an integer' : 'not a decimal';
      const n = Number(value);
      if (def.minLimit !== undefined && n < def.minLimit) return `below ${def.minLimit}`;
      if (def.maxLimit !== undefined && n > def.maxLimit) return `above ${def.maxLimit}`;
      break;
    }
    case 'boolean':
      if (value !== 'true' && value !== 'false') return 'not true or false';
      break;
    case 'dateTime':
      if (Number.isNaN(Date.parse(value))) return 'not a date-time';
      break;
    case 'OptionList':
      if (!(def.valuesList ?? '').split(',').includes(value)) return `not one of ${def.valuesList ?? ''}`;
      break;
    case 'MemberList':
    case 'SequenceList': {
      const allowed = (def.valuesList ?? '').split(',');
      const bad = value.split(',').map((s) => s.trim()).filter((s) => s && !allowed.includes(s));
      if (bad.length) return `unknown member(s) ${bad.join(', ')}`;
      break;
    }
    default:
      break;
  }
  return def.check?.(value);
}

export class DeviceModel implements SettingStore {
  private readonly ctx: StationContext;
  readonly vars: VariableDef[];
  private readonly index = new Map<string, VariableDef>();

  constructor(ctx: StationContext) {
    this.ctx = ctx;
    this.vars = buildVariables(ctx);
    for (const d of this.vars) this.index.set(refKey(d.component, d.variable), d);
  }

  private bySetting(id: string): VariableDef | undefined {
    return this.vars.find((d) => settingId(d) === id);
  }

  read(id: string): string | undefined {
    const d = this.bySetting(id);
    return d ? (d.get ? d.get() : d.value) : undefined;
  }

  write(id: string, value: string): void {
    const d = this.bySetting(id);
    if (d && !d.get) d.value = value;
  }

  private actual(d: VariableDef): string {
    return d.get ? d.get() : (d.value ?? '');
  }

  private hasComponent(c: ComponentRef): boolean {
    return this.vars.some((d) => d.component.name === c.name && (d.component.instance ?? '') === (c.instance ?? '')
      && d.component.evse?.id === c.evse?.id && d.component.evse?.connectorId === c.evse?.connectorId);
  }

  /** One GetVariableData (B06). */
  getVariable(data: Payload): Payload {
    const component = data.component as ComponentRef;
    const variable = data.variable as VariableRef;
    const attributeType = (data.attributeType as string | undefined) ?? 'Actual';
    const base = { ...(this.ctx.faults.has('result-omits-attribute-type') ? {} : { attributeType }), component, variable };
    const def = this.index.get(refKey(component, variable));
    const wrong = this.ctx.faults.has('getvariables-wrong-status');
    const fail = (attributeStatus: string): Payload => (wrong ? { ...base, attributeStatus: 'Accepted', attributeValue: '' } : { ...base, attributeStatus });
    if (!def) return fail(this.hasComponent(component) ? 'UnknownVariable' : 'UnknownComponent');
    if (attributeType !== 'Actual') return fail('NotSupportedAttributeType');
    if (def.mutability === 'WriteOnly' && !this.ctx.faults.has('password-readable')) return fail('Rejected');
    return { ...base, attributeStatus: 'Accepted', attributeValue: this.actual(def).slice(0, 2500) };
  }

  /** One SetVariableData (B05); returns the result and the setting id that changed, if any. */
  setVariable(data: Payload): { result: Payload; changed?: string } {
    const component = data.component as ComponentRef;
    const variable = data.variable as VariableRef;
    const attributeType = (data.attributeType as string | undefined) ?? 'Actual';
    const value = String(data.attributeValue);
    const base = { ...(this.ctx.faults.has('result-omits-attribute-type') ? {} : { attributeType }), component, variable };
    const def = this.index.get(refKey(component, variable));
    const faults = this.ctx.faults;
    if (!def) {
      if (faults.has('setvariables-unknown-accepted')) return { result: { ...base, attributeStatus: 'Accepted' } };
      return { result: { ...base, attributeStatus: this.hasComponent(component) ? 'UnknownVariable' : 'UnknownComponent' } };
    }
    if (attributeType !== 'Actual' && !faults.has('setvariables-unknown-accepted')) return { result: { ...base, attributeStatus: 'NotSupportedAttributeType' } };
    if ((def.mutability === 'ReadOnly' || def.get) && !faults.has('setvariables-readonly-accepted')) {
      return { result: { ...base, attributeStatus: 'Rejected', attributeStatusInfo: { reasonCode: 'ReadOnly' } } };
    }
    if (def.mutability === 'ReadOnly' || def.get || attributeType !== 'Actual') return { result: { ...base, attributeStatus: 'Accepted' } };
    const problem = faults.has('setvariables-no-format-check') ? def.check?.(value) : validate(def, value);
    if (problem) return { result: { ...base, attributeStatus: 'Rejected', attributeStatusInfo: { reasonCode: 'InvalidValue', additionalInfo: problem.slice(0, 512) } } };
    if (this.ctx.faults.has('setvariables-ignored')) return { result: { ...base, attributeStatus: 'Accepted' } };
    def.value = value;
    const id = settingId(def);
    return { result: { ...base, attributeStatus: def.rebootRequired ? 'RebootRequired' : 'Accepted' }, ...(id ? { changed: id } : {}) };
  }

  private reportEntry(d: VariableDef): Payload {
    const attribute: Payload = {
      type: 'Actual',
      ...(d.mutability !== 'WriteOnly' || this.ctx.faults.has('report-discloses-writeonly') ? { value: this.actual(d).slice(0, 2500) } : {}),
      mutability: d.mutability,
      persistent: true,
      constant: d.constant ?? false,
    };
    return {
      component: d.component,
      variable: d.variable,
      variableAttribute: [attribute],
      variableCharacteristics: {
        dataType: d.dataType,
        supportsMonitoring: false,
        ...(d.unit ? { unit: d.unit } : {}),
        ...(d.valuesList && !this.ctx.faults.has('report-missing-valueslist') ? { valuesList: d.valuesList } : {}),
        ...(d.minLimit !== undefined ? { minLimit: d.minLimit } : {}),
        ...(d.maxLimit !== undefined ? { maxLimit: d.maxLimit } : {}),
      },
    };
  }

  /** Variables of a base report (B07.FR.07-09). */
  baseReport(reportBase: string): VariableDef[] {
    const faults = this.ctx.faults;
    if (reportBase === 'ConfigurationInventory') {
      return faults.has('config-inventory-includes-readonly') ? this.vars : this.vars.filter((d) => d.mutability !== 'ReadOnly' && !d.get);
    }
    if (reportBase === 'SummaryInventory') {
      // B07.FR.09: the availability of the station, its EVSEs and connectors (and any problem condition).
      const summary = this.vars.filter((d) => d.variable.name === 'AvailabilityState' || d.variable.name === 'Problem');
      return faults.has('summary-inventory-incomplete') ? summary.filter((d) => !d.component.evse) : summary;
    }
    return faults.has('full-inventory-missing-hardware') ? this.vars.filter((d) => !d.component.evse) : this.vars;
  }

  /** Is this report base offered (B07.FR.12: Configuration and Full always; Summary with C-56)? */
  private offersReport(reportBase: string): boolean {
    if (reportBase === 'SummaryInventory') return supports(this.ctx, 'C-56') || this.ctx.faults.has('summary-unsupported-accepted');
    return reportBase === 'ConfigurationInventory' || reportBase === 'FullInventory';
  }

  /** Variables a GetReport selects (B08.FR.05-25). */
  customReport(p: Payload): VariableDef[] {
    const faults = this.ctx.faults;
    const criteria = faults.has('report-criteria-ignored') ? [] : (p.componentCriteria as string[] | undefined) ?? [];
    const wanted = faults.has('report-component-variable-ignored') ? [] : (p.componentVariable as Array<{ component: ComponentRef; variable?: VariableRef }> | undefined) ?? [];
    // Fault report-absent-fields-match-none: a missing evse or variable instance selects only entries without one (B08.FR.21, B08.FR.23).
    const strict = faults.has('report-absent-fields-match-none');
    const flag = (d: VariableDef, name: string): string | undefined =>
      this.vars.find((x) => x.variable.name === name && refKey(x.component, { name: '' }) === refKey(d.component, { name: '' }))?.value;
    return this.vars.filter((d) => {
      const matchesCriteria = !criteria.length || criteria.some((c) => (c === 'Problem' ? flag(d, 'Problem') === 'true' : flag(d, c) !== 'false'));
      const matchesList = !wanted.length || wanted.some((w) => {
        const c = w.component;
        if (c.name !== d.component.name) return false;
        if (c.instance !== undefined && c.instance !== d.component.instance) return false;
        if (c.evse && (c.evse.id !== d.component.evse?.id || (c.evse.connectorId !== undefined && c.evse.connectorId !== d.component.evse?.connectorId))) return false;
        if (!c.evse && strict && d.component.evse) return false;
        if (!w.variable) return true;
        const instance = faults.has('report-instance-ignored') ? undefined : w.variable.instance;
        if (instance === undefined && strict && d.variable.instance !== undefined) return false;
        return w.variable.name === d.variable.name && (instance === undefined || instance === d.variable.instance);
      });
      return matchesCriteria && matchesList;
    });
  }

  /** Sends the NotifyReport sequence for `vars` (seqNo from 0, tbc on all but the last: B07.FR.10). */
  async sendReport(requestId: number, vars: readonly VariableDef[]): Promise<void> {
    const generatedAt = this.ctx.now();
    const chunks: VariableDef[][] = [];
    for (let i = 0; i < vars.length; i += REPORT_CHUNK) chunks.push(vars.slice(i, i + REPORT_CHUNK));
    const faults = this.ctx.faults;
    const wireRequestId = faults.has('report-wrong-request-id') ? requestId + 1 : requestId;
    for (const [seqNo, chunk] of chunks.entries()) {
      const outcome = await this.ctx.send('NotifyReport', {
        requestId: wireRequestId, generatedAt, seqNo: faults.has('report-seqno-from-one') ? seqNo + 1 : seqNo, tbc: seqNo < chunks.length - 1,
        reportData: chunk.map((d) => this.reportEntry(d)),
      }, { triggered: true });
      if (outcome.kind === 'dropped' || outcome.kind === 'closed') return;
    }
  }

  handlers(): HandlerTable {
    return {
      GetVariables: (p) => {
        const data = (p.getVariableData as Payload[] | undefined) ?? [];
        if (data.length > ITEMS_PER_MESSAGE) return { error: { code: 'OccurrenceConstraintViolation', description: `more than ItemsPerMessage (${ITEMS_PER_MESSAGE}) entries` } };
        return { payload: { getVariableResult: data.map((d) => this.getVariable(d)) } };
      },
      SetVariables: (p) => {
        const data = (p.setVariableData as Payload[] | undefined) ?? [];
        if (data.length > ITEMS_PER_MESSAGE) return { error: { code: 'OccurrenceConstraintViolation', description: `more than ItemsPerMessage (${ITEMS_PER_MESSAGE}) entries` } };
        const outcomes = data.map((d) => this.setVariable(d));
        const changed = outcomes.flatMap((o) => (o.changed ? [o.changed] : []));
        return { payload: { setVariableResult: outcomes.map((o) => o.result) }, after: () => this.ctx.settings.notify(changed) };
      },
      GetBaseReport: (p) => {
        if (!this.offersReport(String(p.reportBase))) return { payload: { status: 'NotSupported', statusInfo: { reasonCode: 'UnsupportedParam' } } }; // B07.FR.02
        const vars = this.baseReport(String(p.reportBase));
        return { payload: { status: 'Accepted' }, after: () => this.sendReport(Number(p.requestId), vars) };
      },
      GetReport: (p) => {
        // B08.FR.02: a criterion the station does not support (Active: no component has an Active variable) is NotSupported.
        const unsupported = ((p.componentCriteria as string[] | undefined) ?? []).filter((c) => !SUPPORTED_CRITERIA.includes(c));
        if (unsupported.length && !this.ctx.faults.has('report-unsupported-criteria-accepted')) {
          return { payload: { status: 'NotSupported', statusInfo: { reasonCode: 'UnsupportedParam', additionalInfo: `componentCriteria ${unsupported.join(',')}` } } };
        }
        const wanted = (p.componentVariable as unknown[] | undefined) ?? [];
        if (wanted.length > ITEMS_PER_MESSAGE) return { error: { code: 'OccurrenceConstraintViolation', description: `more than ItemsPerMessage (${ITEMS_PER_MESSAGE}) entries` } };
        const vars = this.customReport(p);
        if (!vars.length) return { payload: { status: 'EmptyResultSet' } };
        return { payload: { status: 'Accepted' }, after: () => this.sendReport(Number(p.requestId), vars) };
      },
    };
  }
}

/** The components and variables of the reference station. */
function buildVariables(ctx: StationContext): VariableDef[] {
  const o = ctx.options;
  const id = o.identity;
  const rw = (component: string, name: string, dataType: DataType, value: string, extra: Partial<VariableDef> = {}): VariableDef =>
    ({ component: { name: component }, variable: { name, ...(extra.variable ?? {}) }, mutability: 'ReadWrite', dataType, value, ...omitVariable(extra) });
  const ro = (component: string, name: string, dataType: DataType, value: string | (() => string), extra: Partial<VariableDef> = {}): VariableDef => ({
    component: { name: component }, variable: { name, ...(extra.variable ?? {}) }, mutability: 'ReadOnly', dataType,
    ...(typeof value === 'function' ? { get: value } : { value, constant: true }), ...omitVariable(extra),
  });
  const measurandCheck = (v: string) => (measurandsSupported(v) ? undefined : 'unsupported measurand');
  const stationVars: VariableDef[] = [
    ro('ChargingStation', 'AvailabilityState', 'OptionList', () => ctx.evses.stationAvailability === 'Inoperative' ? 'Unavailable' : 'Available',
      { valuesList: 'Available,Occupied,Reserved,Unavailable,Faulted' }),
    ro('ChargingStation', 'Available', 'boolean', 'true'),
    ro('ChargingStation', 'Model', 'string', id.model),
    ro('ChargingStation', 'VendorName', 'string', id.vendor),
    ro('ChargingStation', 'SupplyPhases', 'integer', '3'),
    ro('ClockCtrlr', 'DateTime', 'dateTime', () => new Date().toISOString()),
    rw('SmartChargingCtrlr', 'LimitChangeSignificance', 'decimal', '10', { unit: 'Percent', minLimit: 0, maxLimit: 100 }), // > 100: Rejected (TC_B_11_CS)
    rw('ClockCtrlr', 'TimeSource', 'SequenceList', 'Heartbeat', { valuesList: 'Heartbeat,NTP,GPS,RealTimeClock,MobileNetwork,RadioTimeTransmitter' }),
    ...['GetReport', 'GetVariables', 'SetVariables'].flatMap((instance) => [
      ro('DeviceDataCtrlr', 'ItemsPerMessage', 'integer', String(ITEMS_PER_MESSAGE), { variable: { name: 'ItemsPerMessage', instance } }),
      ro('DeviceDataCtrlr', 'BytesPerMessage', 'integer', String(BYTES_PER_MESSAGE), { variable: { name: 'BytesPerMessage', instance } }),
    ]),
    rw('OCPPCommCtrlr', 'HeartbeatInterval', 'integer', String(o.heartbeatInterval), { unit: 's', minLimit: 1 }),
    rw('OCPPCommCtrlr', 'OfflineThreshold', 'integer', '60', { unit: 's', minLimit: 0 }),
    // ReadOnly (part 2 2.1.3): a network profile's messageTimeout sets it.
    { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'MessageTimeout', instance: 'Default' }, mutability: 'ReadOnly', dataType: 'integer', unit: 's', minLimit: 1,
      value: String(Math.ceil(o.timings.callTimeoutMs / 1000)) },
    rw('OCPPCommCtrlr', 'MessageAttempts', 'integer', '3', { variable: { name: 'MessageAttempts', instance: 'TransactionEvent' }, minLimit: 0 }),
    rw('OCPPCommCtrlr', 'MessageAttemptInterval', 'integer', '10', { variable: { name: 'MessageAttemptInterval', instance: 'TransactionEvent' }, unit: 's', minLimit: 0 }),
    // B10: the slot order, in force after a reboot; every slot named must hold a network profile (B10.FR.02).
    rw('OCPPCommCtrlr', 'NetworkConfigurationPriority', 'SequenceList', '1', { valuesList: NETWORK_SLOTS.join(','), rebootRequired: true,
      check: (v) => ctx.network.invalidPriority(v) }),
    ro('OCPPCommCtrlr', 'ActiveNetworkProfile', 'integer', () => String(ctx.network.active)),
    rw('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts', 'integer', '3', { minLimit: 1 }),
    rw('OCPPCommCtrlr', 'ResetRetries', 'integer', '2', { minLimit: 0 }),
    rw('OCPPCommCtrlr', 'RetryBackOffWaitMinimum', 'integer', String(Math.round(o.timings.reconnectBackoffMs / 1000)), { unit: 's', minLimit: 0 }),
    rw('OCPPCommCtrlr', 'RetryBackOffRepeatTimes', 'integer', '5', { minLimit: 0 }),
    rw('OCPPCommCtrlr', 'RetryBackOffRandomRange', 'integer', '0', { unit: 's', minLimit: 0 }),
    rw('OCPPCommCtrlr', 'UnlockOnEVSideDisconnect', 'boolean', 'true'),
    rw('OCPPCommCtrlr', 'WebSocketPingInterval', 'integer', '0', { unit: 's', minLimit: 0 }),
    ro('OCPPCommCtrlr', 'FileTransferProtocols', 'MemberList', 'HTTP,HTTPS', { valuesList: 'FTP,FTPS,HTTP,HTTPS,SFTP' }),
    ro('SecurityCtrlr', 'SecurityProfile', 'integer', () => String(o.securityProfile)),
    { component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' }, mutability: 'WriteOnly', dataType: 'string', value: o.password ?? '',
      check: (v) => ((v.length < 16 || v.length > 40) && !ctx.faults.has('weak-password-accepted') ? 'a password has 16 to 40 characters (A00.FR.205)' : undefined) },
    ro('SecurityCtrlr', 'Identity', 'string', o.stationId),
    rw('SecurityCtrlr', 'OrganizationName', 'string', 'ocpp-harness test CSO'),
    ro('SecurityCtrlr', 'CertificateEntries', 'integer', () => String(ctx.security.certificateCount), { maxLimit: 32 }),
    rw('SecurityCtrlr', 'CertSigningWaitMinimum', 'integer', '30', { unit: 's', minLimit: 1 }),
    rw('SecurityCtrlr', 'CertSigningRepeatTimes', 'integer', '3', { minLimit: 0 }),
    ro('SecurityCtrlr', 'MaxCertificateChainSize', 'integer', '10000'),
    ro('SecurityCtrlr', 'AdditionalRootCertificateCheck', 'boolean', () => String(claimsExplicitly(ctx, 'AS-2'))),
    rw('AuthCtrlr', 'Enabled', 'boolean', 'true'),
    rw('AuthCtrlr', 'AuthorizeRemoteStart', 'boolean', 'false'),
    rw('AuthCtrlr', 'LocalAuthorizeOffline', 'boolean', 'true'),
    // Personality pre-authorize: true out of the box (no default is mandated).
    rw('AuthCtrlr', 'LocalPreAuthorize', 'boolean', String(o.behaviour.localPreAuthorize)),
    rw('AuthCtrlr', 'OfflineTxForUnknownIdEnabled', 'boolean', 'false'),
    rw('AuthCtrlr', 'DisableRemoteAuthorization', 'boolean', 'false'),
    ro('AuthCacheCtrlr', 'Available', 'boolean', 'true'),
    rw('AuthCacheCtrlr', 'Enabled', 'boolean', 'true'),
    rw('AuthCacheCtrlr', 'LifeTime', 'integer', '86400', { unit: 's', minLimit: 0 }),
    ro('LocalAuthListCtrlr', 'Available', 'boolean', 'true'),
    rw('LocalAuthListCtrlr', 'Enabled', 'boolean', 'true'),
    ro('LocalAuthListCtrlr', 'Entries', 'integer', () => String(ctx.auth.listEntries), { maxLimit: 1000 }),
    ro('LocalAuthListCtrlr', 'ItemsPerMessage', 'integer', '100'),
    ro('LocalAuthListCtrlr', 'BytesPerMessage', 'integer', String(BYTES_PER_MESSAGE)),
    rw('TxCtrlr', 'EVConnectionTimeOut', 'integer', '60', { unit: 's', minLimit: 0 }),
    rw('TxCtrlr', 'StopTxOnEVSideDisconnect', 'boolean', 'true'),
    rw('TxCtrlr', 'StopTxOnInvalidId', 'boolean', 'true'),
    ro('TxCtrlr', 'TxBeforeAcceptedEnabled', 'boolean', 'false'),
    rw('TxCtrlr', 'TxStartPoint', 'MemberList', 'EVConnected,Authorized', { valuesList: `${TX_POINTS},DataSigned` }),
    rw('TxCtrlr', 'TxStopPoint', 'MemberList', 'EVConnected,Authorized', { valuesList: TX_POINTS }),
    rw('TxCtrlr', 'MaxEnergyOnInvalidId', 'integer', '0', { unit: 'Wh', minLimit: 0 }),
    ro('SampledDataCtrlr', 'Available', 'boolean', 'true'),
    rw('SampledDataCtrlr', 'Enabled', 'boolean', 'true'),
    rw('SampledDataCtrlr', 'TxStartedMeasurands', 'MemberList', 'Energy.Active.Import.Register', { valuesList: MEASURANDS, check: measurandCheck }),
    rw('SampledDataCtrlr', 'TxUpdatedMeasurands', 'MemberList', 'Energy.Active.Import.Register,Power.Active.Import', { valuesList: MEASURANDS, check: measurandCheck }),
    rw('SampledDataCtrlr', 'TxUpdatedInterval', 'integer', String(o.meterValueSampleInterval), { unit: 's', minLimit: 0 }),
    rw('SampledDataCtrlr', 'TxEndedMeasurands', 'MemberList', 'Energy.Active.Import.Register', { valuesList: MEASURANDS, check: measurandCheck }),
    rw('SampledDataCtrlr', 'TxEndedInterval', 'integer', '0', { unit: 's', minLimit: 0 }),
    rw('SampledDataCtrlr', 'SignReadings', 'boolean', 'false'),
    ro('AlignedDataCtrlr', 'Available', 'boolean', 'true'),
    rw('AlignedDataCtrlr', 'Enabled', 'boolean', 'true'),
    rw('AlignedDataCtrlr', 'Interval', 'integer', '0', { unit: 's', minLimit: 0 }),
    rw('AlignedDataCtrlr', 'Measurands', 'MemberList', 'Energy.Active.Import.Register', { valuesList: MEASURANDS, check: measurandCheck }),
    rw('AlignedDataCtrlr', 'TxEndedInterval', 'integer', '0', { unit: 's', minLimit: 0 }),
    rw('AlignedDataCtrlr', 'TxEndedMeasurands', 'MemberList', 'Energy.Active.Import.Register', { valuesList: MEASURANDS, check: measurandCheck }),
  ];
  const hardware: VariableDef[] = ctx.evses.list.flatMap((evse) => {
    const evseRef = { name: 'EVSE', evse: { id: evse.id } };
    const evseVars: VariableDef[] = [
      { component: evseRef, variable: { name: 'AvailabilityState' }, mutability: 'ReadOnly', dataType: 'OptionList', valuesList: 'Available,Occupied,Reserved,Unavailable,Faulted',
        get: () => {
          const statuses = evse.connectors.map((c) => ctx.evses.statusOf(evse, c));
          return statuses.find((s) => s !== 'Available') ?? 'Available';
        } },
      { component: evseRef, variable: { name: 'Available' }, mutability: 'ReadOnly', dataType: 'boolean', value: 'true', constant: true },
      { component: evseRef, variable: { name: 'Power' }, mutability: 'ReadOnly', dataType: 'decimal', unit: 'W', maxLimit: 22_000, get: () => String(evse.meter.power) },
      { component: evseRef, variable: { name: 'SupplyPhases' }, mutability: 'ReadOnly', dataType: 'integer', value: '3', constant: true },
      // B11.FR.10: the EVSE can be reset on its own (C-13).
      { component: evseRef, variable: { name: 'AllowReset' }, mutability: 'ReadOnly', dataType: 'boolean', value: String(supports(ctx, 'C-13')), constant: true },
    ];
    const connectorVars: VariableDef[] = evse.connectors.flatMap((c) => {
      const ref = { name: 'Connector', evse: { id: evse.id, connectorId: c.id } };
      return [
        { component: ref, variable: { name: 'AvailabilityState' }, mutability: 'ReadOnly', dataType: 'OptionList', valuesList: 'Available,Occupied,Reserved,Unavailable,Faulted',
          get: () => ctx.evses.statusOf(evse, c) },
        { component: ref, variable: { name: 'Available' }, mutability: 'ReadOnly', dataType: 'boolean', value: 'true', constant: true },
        { component: ref, variable: { name: 'ConnectorType' }, mutability: 'ReadOnly', dataType: 'string', value: 'cType2', constant: true },
        { component: ref, variable: { name: 'SupplyPhases' }, mutability: 'ReadOnly', dataType: 'integer', value: '3', constant: true },
      ] satisfies VariableDef[];
    });
    return [...evseVars, ...connectorVars];
  });
  return [...stationVars, ...hardware];
}

function omitVariable(extra: Partial<VariableDef>): Partial<VariableDef> {
  const { variable: _v, ...rest } = extra;
  return rest;
}

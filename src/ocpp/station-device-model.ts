/**
 * The device model of the harness when it plays the charging station (2.0.1 / 2.1, CSMS under
 * test): the variables Part 2 requires of every station, set to the values Part 6 §3.1 gives the
 * test tool (TxStartPoint "EVConnected,Authorized", TxStopPoint "EVConnected", AuthCtrlr.Enabled
 * true, AuthorizeRemoteStart false, AdditionalRootCertificateCheck false, ...). It answers
 * GetVariables / SetVariables and builds the NotifyReport data for GetBaseReport (B07) for real,
 * so a CSMS that reads or writes the station's configuration sees a consistent station.
 * Only names the CSMS sent are copied back, never its objects: SUT data is not echoed.
 */
import type { Payload } from '../rpc/codec.js';

type Mutability = 'ReadOnly' | 'WriteOnly' | 'ReadWrite';
type DataType = 'string' | 'decimal' | 'integer' | 'dateTime' | 'boolean' | 'OptionList' | 'SequenceList' | 'MemberList';

interface Entry {
  component: string;
  variable: string;
  instance?: string;
  evse?: { id: number; connectorId?: number };
  value: string;
  mutability: Mutability;
  dataType: DataType;
  valuesList?: string;
}

export interface HarnessStationFacts {
  evses: ReadonlyArray<{ id: number; connectors: number }>;
  heartbeatInterval: number;
  securityProfile: number;
  stationId: string;
  vendor: string;
  model: string;
}

const MEASURANDS = 'Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage,SoC';

function baseEntries(f: HarnessStationFacts): Entry[] {
  const rw = (component: string, variable: string, value: string, dataType: DataType, extra: Partial<Entry> = {}): Entry =>
    ({ component, variable, value, mutability: 'ReadWrite', dataType, ...extra });
  const ro = (component: string, variable: string, value: string, dataType: DataType, extra: Partial<Entry> = {}): Entry =>
    ({ component, variable, value, mutability: 'ReadOnly', dataType, ...extra });
  const perEvse = f.evses.flatMap((e) => [
    ro('EVSE', 'Available', 'true', 'boolean', { evse: { id: e.id } }),
    ro('EVSE', 'AvailabilityState', 'Available', 'OptionList', { evse: { id: e.id } }),
    ro('EVSE', 'Power', '22000', 'decimal', { evse: { id: e.id } }),
    ro('EVSE', 'SupplyPhases', '3', 'integer', { evse: { id: e.id } }),
    ...Array.from({ length: e.connectors }, (_, i) => [
      ro('Connector', 'Available', 'true', 'boolean', { evse: { id: e.id, connectorId: i + 1 } }),
      ro('Connector', 'AvailabilityState', 'Available', 'OptionList', { evse: { id: e.id, connectorId: i + 1 } }),
      ro('Connector', 'ConnectorType', 'cType2', 'string', { evse: { id: e.id, connectorId: i + 1 } }),
      ro('Connector', 'SupplyPhases', '3', 'integer', { evse: { id: e.id, connectorId: i + 1 } }),
    ]).flat(),
  ]);
  return [
    ro('ChargingStation', 'Available', 'true', 'boolean'),
    ro('ChargingStation', 'AvailabilityState', 'Available', 'OptionList'),
    ro('ChargingStation', 'SupplyPhases', '3', 'integer'),
    rw('ChargingStation', 'AllowNewSessionsPendingFirmwareUpdate', 'false', 'boolean'),
    ...perEvse,
    rw('ClockCtrlr', 'DateTime', '', 'dateTime', { mutability: 'ReadOnly' }),
    rw('ClockCtrlr', 'TimeSource', 'Heartbeat', 'SequenceList', { valuesList: 'Heartbeat,NTP,GPS,RealTimeClock,MobileNetwork,RadioTimeTransmitter' }),
    rw('TxCtrlr', 'TxStartPoint', 'EVConnected,Authorized', 'MemberList', { valuesList: 'ParkingBayOccupancy,EVConnected,Authorized,PowerPathClosed,EnergyTransfer,DataSigned' }),
    rw('TxCtrlr', 'TxStopPoint', 'EVConnected', 'MemberList', { valuesList: 'ParkingBayOccupancy,EVConnected,Authorized,PowerPathClosed,EnergyTransfer' }),
    rw('TxCtrlr', 'EVConnectionTimeOut', '60', 'integer'),
    rw('TxCtrlr', 'StopTxOnEVSideDisconnect', 'true', 'boolean'),
    rw('TxCtrlr', 'StopTxOnInvalidId', 'true', 'boolean'),
    rw('AuthCtrlr', 'Enabled', 'true', 'boolean'),
    rw('AuthCtrlr', 'AuthorizeRemoteStart', 'false', 'boolean'),
    rw('AuthCtrlr', 'LocalAuthorizeOffline', 'true', 'boolean'),
    rw('AuthCtrlr', 'LocalPreAuthorize', 'false', 'boolean'),
    rw('SecurityCtrlr', 'SecurityProfile', String(f.securityProfile), 'integer'),
    ro('SecurityCtrlr', 'Identity', f.stationId, 'string'),
    rw('SecurityCtrlr', 'BasicAuthPassword', '', 'string', { mutability: 'WriteOnly' }),
    rw('SecurityCtrlr', 'OrganizationName', f.vendor, 'string'),
    ro('SecurityCtrlr', 'CertificateEntries', '0', 'integer'),
    rw('SecurityCtrlr', 'AdditionalRootCertificateCheck', 'false', 'boolean', { mutability: 'ReadOnly' }),
    rw('OCPPCommCtrlr', 'HeartbeatInterval', String(f.heartbeatInterval), 'integer'),
    rw('OCPPCommCtrlr', 'NetworkConfigurationPriority', '0', 'string'),
    rw('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts', '3', 'integer'),
    rw('OCPPCommCtrlr', 'OfflineThreshold', '60', 'integer'),
    rw('OCPPCommCtrlr', 'MessageTimeout', '30', 'integer', { instance: 'Default' }),
    rw('OCPPCommCtrlr', 'MessageAttemptInterval', '10', 'integer', { instance: 'TransactionEvent' }),
    rw('OCPPCommCtrlr', 'MessageAttempts', '3', 'integer', { instance: 'TransactionEvent' }),
    ro('OCPPCommCtrlr', 'FileTransferProtocols', 'HTTP,HTTPS,FTP', 'MemberList'),
    rw('OCPPCommCtrlr', 'ResetRetries', '2', 'integer'),
    rw('OCPPCommCtrlr', 'UnlockOnEVSideDisconnect', 'true', 'boolean'),
    rw('SampledDataCtrlr', 'TxEndedMeasurands', 'Energy.Active.Import.Register', 'MemberList', { valuesList: MEASURANDS }),
    rw('SampledDataCtrlr', 'TxEndedInterval', '0', 'integer'),
    rw('SampledDataCtrlr', 'TxStartedMeasurands', 'Energy.Active.Import.Register', 'MemberList', { valuesList: MEASURANDS }),
    rw('SampledDataCtrlr', 'TxUpdatedMeasurands', 'Energy.Active.Import.Register', 'MemberList', { valuesList: MEASURANDS }),
    rw('SampledDataCtrlr', 'TxUpdatedInterval', '0', 'integer'),
    rw('AlignedDataCtrlr', 'Interval', '0', 'integer'),
    rw('AlignedDataCtrlr', 'Measurands', 'Energy.Active.Import.Register', 'MemberList', { valuesList: MEASURANDS }),
    rw('AlignedDataCtrlr', 'TxEndedInterval', '0', 'integer'),
    rw('AlignedDataCtrlr', 'TxEndedMeasurands', 'Energy.Active.Import.Register', 'MemberList', { valuesList: MEASURANDS }),
    rw('AlignedDataCtrlr', 'SendDuringIdle', 'false', 'boolean'),
    ...(['GetReport', 'GetVariables', 'SetVariables'] as const).flatMap((instance) => [
      ro('DeviceDataCtrlr', 'ItemsPerMessage', '50', 'integer', { instance }),
      ro('DeviceDataCtrlr', 'BytesPerMessage', '65000', 'integer', { instance }),
    ]),
  ];
}

interface Reference { component: string; variable: string; instance?: string; evse?: { id: number; connectorId?: number } }

/** The component/variable names of a request entry, read defensively: anything odd is "unknown". */
function referenceOf(datum: Payload): Reference | undefined {
  const c = datum.component as Payload | undefined;
  const v = datum.variable as Payload | undefined;
  if (typeof c?.name !== 'string' || typeof v?.name !== 'string') return undefined;
  const evse = c.evse as Payload | undefined;
  return {
    component: c.name,
    variable: v.name,
    ...(typeof v.instance === 'string' ? { instance: v.instance } : {}),
    ...(typeof evse?.id === 'number' ? { evse: { id: evse.id, ...(typeof evse.connectorId === 'number' ? { connectorId: evse.connectorId } : {}) } } : {}),
  };
}

const componentOf = (r: Reference): Payload => ({ name: r.component, ...(r.evse ? { evse: { ...r.evse } } : {}) });
const variableOf = (r: Reference): Payload => ({ name: r.variable, ...(r.instance ? { instance: r.instance } : {}) });

const sameEvse = (a?: Reference['evse'], b?: Reference['evse']): boolean => a?.id === b?.id && a?.connectorId === b?.connectorId;

function valueFits(e: Entry, value: string): boolean {
  switch (e.dataType) {
    case 'boolean': return value === 'true' || value === 'false';
    case 'integer': return /^-?\d+$/.test(value);
    case 'decimal': return /^-?\d+(\.\d+)?$/.test(value);
    case 'MemberList': return value === '' || value.split(',').every((m) => (e.valuesList ?? '').split(',').includes(m.trim()));
    case 'OptionList': return (e.valuesList ?? value).split(',').includes(value);
    default: return true;
  }
}

export class HarnessDeviceModel {
  private readonly entries: Entry[];
  private readonly now: () => string;

  constructor(facts: HarnessStationFacts, now: () => string = () => new Date().toISOString()) {
    this.entries = baseEntries(facts);
    this.now = now;
  }

  private find(r: Reference): { entry?: Entry; componentKnown: boolean } {
    const ofComponent = this.entries.filter((e) => e.component === r.component && sameEvse(e.evse, r.evse));
    const entry = ofComponent.find((e) => e.variable === r.variable && e.instance === r.instance);
    return { ...(entry ? { entry } : {}), componentKnown: ofComponent.length > 0 };
  }

  private valueOf(e: Entry): string {
    return e.component === 'ClockCtrlr' && e.variable === 'DateTime' ? this.now() : e.value;
  }

  /** The value of one variable (undefined when the model has none), for the harness's own use. */
  read(component: string, variable: string, instance?: string): string | undefined {
    const { entry } = this.find({ component, variable, ...(instance ? { instance } : {}) });
    return entry ? this.valueOf(entry) : undefined;
  }

  /** GetVariablesResponse.getVariableResult for a GetVariablesRequest (B06). */
  getVariables(request: Payload): Payload[] {
    const data = Array.isArray(request.getVariableData) ? (request.getVariableData as Payload[]) : [];
    return data.map((d) => {
      const r = referenceOf(d);
      const attributeType = typeof d.attributeType === 'string' ? d.attributeType : 'Actual';
      if (!r) return { attributeType, attributeStatus: 'UnknownComponent', component: { name: '' }, variable: { name: '' } };
      const { entry, componentKnown } = this.find(r);
      const base = { attributeType, component: componentOf(r), variable: variableOf(r) };
      if (!entry) return { ...base, attributeStatus: componentKnown ? 'UnknownVariable' : 'UnknownComponent' };
      if (attributeType !== 'Actual') return { ...base, attributeStatus: 'NotSupportedAttributeType' };
      if (entry.mutability === 'WriteOnly') return { ...base, attributeStatus: 'Rejected' };
      return { ...base, attributeStatus: 'Accepted', attributeValue: this.valueOf(entry) };
    });
  }

  /** SetVariablesResponse.setVariableResult for a SetVariablesRequest (B05); accepted values are kept. */
  setVariables(request: Payload): Payload[] {
    const data = Array.isArray(request.setVariableData) ? (request.setVariableData as Payload[]) : [];
    return data.map((d) => {
      const r = referenceOf(d);
      const attributeType = typeof d.attributeType === 'string' ? d.attributeType : 'Actual';
      if (!r) return { attributeType, attributeStatus: 'UnknownComponent', component: { name: '' }, variable: { name: '' } };
      const { entry, componentKnown } = this.find(r);
      const base = { attributeType, component: componentOf(r), variable: variableOf(r) };
      if (!entry) return { ...base, attributeStatus: componentKnown ? 'UnknownVariable' : 'UnknownComponent' };
      if (attributeType !== 'Actual') return { ...base, attributeStatus: 'NotSupportedAttributeType' };
      const value = typeof d.attributeValue === 'string' ? d.attributeValue : '';
      if (entry.mutability === 'ReadOnly' || !valueFits(entry, value)) return { ...base, attributeStatus: 'Rejected' };
      entry.value = value;
      return { ...base, attributeStatus: 'Accepted' };
    });
  }

  /**
   * NotifyReportRequest.reportData for a GetBaseReport (B07): FullInventory every variable,
   * ConfigurationInventory the writable ones, SummaryInventory availability and state. A
   * WriteOnly variable is listed without a value.
   */
  baseReport(reportBase: string): Payload[] | undefined {
    const pick = reportBase === 'FullInventory' ? () => true
      : reportBase === 'ConfigurationInventory' ? (e: Entry) => e.mutability !== 'ReadOnly'
        : reportBase === 'SummaryInventory' ? (e: Entry) => e.variable === 'AvailabilityState' || e.variable === 'Available'
          : undefined;
    if (!pick) return undefined;
    return this.entries.filter(pick).map((e) => ({
      component: componentOf(e),
      variable: variableOf(e),
      variableAttribute: [{ type: 'Actual', mutability: e.mutability, ...(e.mutability === 'WriteOnly' ? {} : { value: this.valueOf(e) }) }],
      variableCharacteristics: { dataType: e.dataType, supportsMonitoring: false, ...(e.valuesList ? { valuesList: e.valuesList } : {}) },
    }));
  }
}

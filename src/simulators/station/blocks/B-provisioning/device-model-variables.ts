/**
 * The components and variables of the reference station's 2.0.1 device model (part 2 appendix 3),
 * with their mutability and characteristics; device-model.ts serves them.
 */
import type { StationContext } from '../../context.js';
import { measurandsSupported } from '../../meter.js';
import { claimsExplicitly, supports } from '../../features.js';
import { NETWORK_SLOTS } from './network-profiles.js';
import { MAX_DISPLAY_MESSAGES, SUPPORTED_FORMATS, SUPPORTED_PRIORITIES, displayMessageCount, priorityClaimed } from '../O-display-messages/port.js';

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

/** DeviceCtrlr ItemsPerMessage / BytesPerMessage: what the station's handlers accept (device-model.ts). */
export const ITEMS_PER_MESSAGE = 32;
const BYTES_PER_MESSAGE = 65_536;
const TX_POINTS = 'ParkingBayOccupancy,EVConnected,Authorized,PowerPathClosed,EnergyTransfer';
const MEASURANDS = 'Energy.Active.Import.Register,Power.Active.Import,Current.Import,Current.Offered,Power.Offered,Voltage,Frequency,SoC';

/** The components and variables of the reference station. */
export function buildVariables(ctx: StationContext): VariableDef[] {
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
    // L01.FR.07: whether EVSEs stay usable while a firmware update waits for the transactions to end (L block).
    rw('ChargingStation', 'AllowNewSessionsPendingFirmwareUpdate', 'boolean', 'false'),
    ro('ClockCtrlr', 'DateTime', 'dateTime', () => new Date().toISOString()),
    rw('SmartChargingCtrlr', 'LimitChangeSignificance', 'decimal', '10', { unit: 'Percent', minLimit: 0, maxLimit: 100 }), // > 100: Rejected (TC_B_11_CS)
    // The Smart Charging profile's required variables (K block: store-201.ts LIMITS_201, both rate units).
    ro('SmartChargingCtrlr', 'Entries', 'integer', () => String(ctx.chargingProfileEntries()), { variable: { name: 'Entries', instance: 'ChargingProfiles' }, maxLimit: 16 }),
    ro('SmartChargingCtrlr', 'PeriodsPerSchedule', 'integer', '24'),
    ro('SmartChargingCtrlr', 'ProfileStackLevel', 'integer', '8'),
    ro('SmartChargingCtrlr', 'RateUnit', 'MemberList', 'A,W', { valuesList: 'A,W' }),
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
    ro('OCPPCommCtrlr', 'FileTransferProtocols', 'MemberList', o.behaviour.fileTransferProtocols, { valuesList: 'FTP,FTPS,HTTP,HTTPS,SFTP' }),
    // N07.FR.04 (N Diagnostics): monitor events of a severity at or below it are queued while offline (default: every severity).
    rw('MonitoringCtrlr', 'OfflineQueuingSeverity', 'integer', '9', { minLimit: 0, maxLimit: 9 }),
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
    rw('AuthCtrlr', 'MasterPassGroupId', 'string', '', { maxLimit: 36 }),
    // C07 Plug & Charge (C-iso15118 block): station-wide here, as the reference station has one ISO 15118 configuration.
    rw('ISO15118Ctrlr', 'PnCEnabled', 'boolean', 'true'),
    rw('ISO15118Ctrlr', 'CentralContractValidationAllowed', 'boolean', 'false'),
    rw('ISO15118Ctrlr', 'ContractValidationOffline', 'boolean', 'true'),
    rw('ISO15118Ctrlr', 'ContractCertificateInstallationEnabled', 'boolean', 'true'),
    rw('ISO15118Ctrlr', 'V2GCertificateInstallationEnabled', 'boolean', 'true'),
    rw('ISO15118Ctrlr', 'SeccId', 'string', o.stationId),
    rw('ISO15118Ctrlr', 'CountryName', 'string', 'NL'),
    rw('ISO15118Ctrlr', 'OrganizationName', 'string', 'ocpp-harness test CSO'),
    ro('AuthCacheCtrlr', 'Available', 'boolean', 'true'),
    rw('AuthCacheCtrlr', 'Enabled', 'boolean', 'true'),
    rw('AuthCacheCtrlr', 'LifeTime', 'integer', '86400', { unit: 's', minLimit: 0 }),
    rw('AuthCacheCtrlr', 'DisablePostAuthorize', 'boolean', 'false'),
    // H Reservation: reservations can be switched off (R-3, H01.FR.01); an unspecified EVSE only when R-2 is claimed (H01.FR.18-19).
    ro('ReservationCtrlr', 'Available', 'boolean', 'true'),
    rw('ReservationCtrlr', 'Enabled', 'boolean', 'true'),
    ro('ReservationCtrlr', 'NonEvseSpecific', 'boolean', () => String(claimsExplicitly(ctx, 'R-2'))),
    ro('LocalAuthListCtrlr', 'Available', 'boolean', 'true'),
    rw('LocalAuthListCtrlr', 'Enabled', 'boolean', 'true'),
    rw('LocalAuthListCtrlr', 'DisablePostAuthorize', 'boolean', 'false'),
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
    // J: more than the register, so that a station reporting only the register is seen (TC_J_01/02/06_CS).
    rw('AlignedDataCtrlr', 'Measurands', 'MemberList', 'Energy.Active.Import.Register,Voltage', { valuesList: MEASURANDS, check: measurandCheck }),
    rw('AlignedDataCtrlr', 'SendDuringIdle', 'boolean', 'false'),
    rw('AlignedDataCtrlr', 'SignReadings', 'boolean', 'false'),
    rw('AlignedDataCtrlr', 'TxEndedInterval', 'integer', '0', { unit: 's', minLimit: 0 }),
    rw('AlignedDataCtrlr', 'TxEndedMeasurands', 'MemberList', 'Energy.Active.Import.Register', { valuesList: MEASURANDS, check: measurandCheck }),    // O Display Messages (Advanced User Interface): the count of configured messages, its limit (O02.FR.11).
    ro('DisplayMessageCtrlr', 'Available', 'boolean', 'true'),
    rw('DisplayMessageCtrlr', 'Enabled', 'boolean', 'true'),
    ro('DisplayMessageCtrlr', 'DisplayMessages', 'integer', () => String(displayMessageCount(ctx)), { maxLimit: MAX_DISPLAY_MESSAGES }),
    ro('DisplayMessageCtrlr', 'SupportedFormats', 'MemberList', SUPPORTED_FORMATS.join(','), { valuesList: 'ASCII,HTML,URI,UTF8' }),
    ro('DisplayMessageCtrlr', 'SupportedPriorities', 'MemberList', SUPPORTED_PRIORITIES.filter((p) => priorityClaimed(p, o.features)).join(','), { valuesList: 'AlwaysFront,InFront,NormalCycle' }),
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

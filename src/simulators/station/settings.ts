/**
 * Version-neutral names for the settings the station's behaviour reads, mapped to the 2.0.1
 * device model (component.variable[instance]) and the 1.6 configuration keys. Modules read
 * `settings.int('heartbeatInterval')` and never care which version backs it.
 */
import type { StationVersion } from './types.js';

export type SettingName =
  | 'heartbeatInterval'
  | 'offlineThreshold'
  | 'messageAttempts'
  | 'messageAttemptInterval'
  | 'txStartPoint'
  | 'txStopPoint'
  | 'evConnectionTimeOut'
  | 'stopTxOnEVSideDisconnect'
  | 'stopTxOnInvalidId'
  | 'maxEnergyOnInvalidId'
  | 'authorizeRemoteStart'
  | 'localPreAuthorize'
  | 'localAuthorizeOffline'
  | 'offlineTxForUnknownId'
  | 'authCacheEnabled'
  | 'authCacheDisablePostAuthorize'
  | 'authCacheLifeTime'
  | 'localAuthListEnabled'
  | 'reserveConnectorZeroSupported'
  | 'reservationEnabled'
  | 'sampleInterval'
  | 'sampledMeasurands'
  | 'startedMeasurands'
  | 'endedMeasurands'
  | 'alignedInterval'
  | 'alignedMeasurands'
  | 'alignedSendDuringIdle'
  | 'alignedSignReadings'
  | 'alignedTxEndedInterval'
  | 'alignedTxEndedMeasurands'
  | 'sampledTxEndedInterval'
  | 'organizationName'
  | 'basicAuthPassword'
  | 'securityProfile'
  | 'certSigningWaitMinimum'
  | 'certSigningRepeatTimes'
  | 'messageTimeout'
  | 'signReadings'
  | 'unlockOnEVSideDisconnect'
  | 'disableRemoteAuthorization'
  | 'masterPassGroupId'
  | 'localListDisablePostAuthorize'
  | 'retryBackOffWaitMinimum'
  | 'retryBackOffRepeatTimes'
  | 'retryBackOffRandomRange'
  | 'networkProfileConnectionAttempts'
  | 'networkConfigurationPriority'
  | 'allowNewSessionsPendingFirmwareUpdate'
  | 'offlineQueuingSeverity';

/** Where each setting lives: 2.0.1 `Component.Variable` or `Component.Variable[Instance]`; 1.6 key. */
const MAP: Record<SettingName, { v201: string; v16: string | { fixed: string } }> = {
  heartbeatInterval: { v201: 'OCPPCommCtrlr.HeartbeatInterval', v16: 'HeartbeatInterval' },
  offlineQueuingSeverity: { v201: 'MonitoringCtrlr.OfflineQueuingSeverity', v16: { fixed: '9' } },
  offlineThreshold: { v201: 'OCPPCommCtrlr.OfflineThreshold', v16: { fixed: '60' } },
  messageAttempts: { v201: 'OCPPCommCtrlr.MessageAttempts[TransactionEvent]', v16: 'TransactionMessageAttempts' },
  messageAttemptInterval: { v201: 'OCPPCommCtrlr.MessageAttemptInterval[TransactionEvent]', v16: 'TransactionMessageRetryInterval' },
  // 1.6 behaves like TxStartPoint PowerPathClosed, TxStopPoint EVConnected,Authorized (part 2, E 1.1.2).
  txStartPoint: { v201: 'TxCtrlr.TxStartPoint', v16: { fixed: 'PowerPathClosed' } },
  txStopPoint: { v201: 'TxCtrlr.TxStopPoint', v16: { fixed: 'EVConnected,Authorized' } },
  evConnectionTimeOut: { v201: 'TxCtrlr.EVConnectionTimeOut', v16: 'ConnectionTimeOut' },
  stopTxOnEVSideDisconnect: { v201: 'TxCtrlr.StopTxOnEVSideDisconnect', v16: 'StopTransactionOnEVSideDisconnect' },
  stopTxOnInvalidId: { v201: 'TxCtrlr.StopTxOnInvalidId', v16: 'StopTransactionOnInvalidId' },
  // E05.FR.03 / C15.FR.07 (C-03): Wh still delivered to an idToken the CSMS called Invalid (1.6: no such key).
  maxEnergyOnInvalidId: { v201: 'TxCtrlr.MaxEnergyOnInvalidId', v16: { fixed: '0' } },
  authorizeRemoteStart: { v201: 'AuthCtrlr.AuthorizeRemoteStart', v16: 'AuthorizeRemoteTxRequests' },
  localPreAuthorize: { v201: 'AuthCtrlr.LocalPreAuthorize', v16: 'LocalPreAuthorize' },
  localAuthorizeOffline: { v201: 'AuthCtrlr.LocalAuthorizeOffline', v16: 'LocalAuthorizeOffline' },
  offlineTxForUnknownId: { v201: 'AuthCtrlr.OfflineTxForUnknownIdEnabled', v16: 'AllowOfflineTxForUnknownId' },
  authCacheEnabled: { v201: 'AuthCacheCtrlr.Enabled', v16: 'AuthorizationCacheEnabled' },
  // C10 / C12: refusing cached non-Accepted idTokens without asking (C-59), the lifetime of a cache entry (C-53); 1.6 has neither.
  authCacheDisablePostAuthorize: { v201: 'AuthCacheCtrlr.DisablePostAuthorize', v16: { fixed: 'false' } },
  authCacheLifeTime: { v201: 'AuthCacheCtrlr.LifeTime', v16: { fixed: '0' } },
  localAuthListEnabled: { v201: 'LocalAuthListCtrlr.Enabled', v16: 'LocalAuthListEnabled' },
  reserveConnectorZeroSupported: { v201: 'ReservationCtrlr.NonEvseSpecific', v16: 'ReserveConnectorZeroSupported' },
  // H01.FR.01: ReserveNow is Rejected while reservations are switched off (1.6: no such key).
  reservationEnabled: { v201: 'ReservationCtrlr.Enabled', v16: { fixed: 'true' } },
  sampleInterval: { v201: 'SampledDataCtrlr.TxUpdatedInterval', v16: 'MeterValueSampleInterval' },
  sampledMeasurands: { v201: 'SampledDataCtrlr.TxUpdatedMeasurands', v16: 'MeterValuesSampledData' },
  startedMeasurands: { v201: 'SampledDataCtrlr.TxStartedMeasurands', v16: { fixed: 'Energy.Active.Import.Register' } },
  endedMeasurands: { v201: 'SampledDataCtrlr.TxEndedMeasurands', v16: 'StopTxnSampledData' },
  alignedInterval: { v201: 'AlignedDataCtrlr.Interval', v16: 'ClockAlignedDataInterval' },
  alignedMeasurands: { v201: 'AlignedDataCtrlr.Measurands', v16: 'MeterValuesAlignedData' },
  // J Meter values: the samples of TransactionEvent Ended and the clock-aligned data's options (1.6: not in these terms).
  alignedSendDuringIdle: { v201: 'AlignedDataCtrlr.SendDuringIdle', v16: { fixed: 'false' } },
  alignedSignReadings: { v201: 'AlignedDataCtrlr.SignReadings', v16: { fixed: 'false' } },
  alignedTxEndedInterval: { v201: 'AlignedDataCtrlr.TxEndedInterval', v16: { fixed: '0' } },
  alignedTxEndedMeasurands: { v201: 'AlignedDataCtrlr.TxEndedMeasurands', v16: { fixed: '' } },
  sampledTxEndedInterval: { v201: 'SampledDataCtrlr.TxEndedInterval', v16: { fixed: '0' } },
  organizationName: { v201: 'SecurityCtrlr.OrganizationName', v16: 'CpoName' },
  basicAuthPassword: { v201: 'SecurityCtrlr.BasicAuthPassword', v16: 'AuthorizationKey' },
  securityProfile: { v201: 'SecurityCtrlr.SecurityProfile', v16: 'SecurityProfile' },
  // A02.FR.17-19: resending a CSR the CSMS accepted but never signed (1.6 security whitepaper: same keys).
  certSigningWaitMinimum: { v201: 'SecurityCtrlr.CertSigningWaitMinimum', v16: 'CertSigningWaitMinimum' },
  certSigningRepeatTimes: { v201: 'SecurityCtrlr.CertSigningRepeatTimes', v16: 'CertSigningRepeatTimes' },
  // Transactions (E): the CALL timeout of queued messages, signed meter values, the cable lock on an EV-side unplug, local-only authorization.
  messageTimeout: { v201: 'OCPPCommCtrlr.MessageTimeout[Default]', v16: { fixed: '0' } },
  signReadings: { v201: 'SampledDataCtrlr.SignReadings', v16: { fixed: 'false' } },
  unlockOnEVSideDisconnect: { v201: 'OCPPCommCtrlr.UnlockOnEVSideDisconnect', v16: 'UnlockConnectorOnEVSideDisconnect' },
  disableRemoteAuthorization: { v201: 'AuthCtrlr.DisableRemoteAuthorization', v16: { fixed: 'false' } },
  // C16: idTokens of this group are the Master Pass (empty: none).
  masterPassGroupId: { v201: 'AuthCtrlr.MasterPassGroupId', v16: { fixed: '' } },
  // C14.FR.03 (LA-3): true, a non-Accepted entry of the Local Authorization List is refused without asking the CSMS.
  localListDisablePostAuthorize: { v201: 'LocalAuthListCtrlr.DisablePostAuthorize', v16: { fixed: 'false' } },
  // Provisioning (B): Part 4 5.3 reconnecting and network profiles (1.6: the station's own back-off, one connection).
  retryBackOffWaitMinimum: { v201: 'OCPPCommCtrlr.RetryBackOffWaitMinimum', v16: { fixed: '0' } },
  retryBackOffRepeatTimes: { v201: 'OCPPCommCtrlr.RetryBackOffRepeatTimes', v16: { fixed: '16' } },
  retryBackOffRandomRange: { v201: 'OCPPCommCtrlr.RetryBackOffRandomRange', v16: { fixed: '0' } },
  networkProfileConnectionAttempts: { v201: 'OCPPCommCtrlr.NetworkProfileConnectionAttempts', v16: { fixed: '0' } },
  networkConfigurationPriority: { v201: 'OCPPCommCtrlr.NetworkConfigurationPriority', v16: { fixed: '' } },
  // L01.FR.07: EVSEs stay usable while a firmware update waits for the transactions to end.
  allowNewSessionsPendingFirmwareUpdate: { v201: 'ChargingStation.AllowNewSessionsPendingFirmwareUpdate', v16: { fixed: 'false' } },
};

/** A store of raw values addressed by the ids above (the device model or the configuration keys). */
export interface SettingStore {
  read(id: string): string | undefined;
  /** Internal write (no mutability check), e.g. the heartbeat interval from BootNotificationResponse. */
  write(id: string, value: string): void;
}

export type SettingListener = (name: SettingName) => void;

export class Settings {
  private readonly version: StationVersion;
  private readonly store: SettingStore;
  private readonly listeners = new Set<SettingListener>();

  constructor(version: StationVersion, store: SettingStore) {
    this.version = version;
    this.store = store;
  }

  private where(name: SettingName): string | { fixed: string } {
    return this.version === '1.6' ? MAP[name].v16 : MAP[name].v201;
  }

  str(name: SettingName): string | undefined {
    const w = this.where(name);
    return typeof w === 'string' ? this.store.read(w) : w.fixed;
  }

  int(name: SettingName, fallback = 0): number {
    const n = Number.parseInt(this.str(name) ?? '', 10);
    return Number.isFinite(n) ? n : fallback;
  }

  bool(name: SettingName): boolean {
    return (this.str(name) ?? '').toLowerCase() === 'true';
  }

  /** A comma separated list (MemberList, CSL). */
  list(name: SettingName): string[] {
    return (this.str(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  }

  /** Internal write, then listeners run. Fixed (1.6 implied) settings ignore writes. */
  set(name: SettingName, value: string): void {
    const w = this.where(name);
    if (typeof w !== 'string') return;
    this.store.write(w, value);
    this.notify([w]);
  }

  onChange(listener: SettingListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells listeners which settings changed, given store ids (called after a SetVariables / ChangeConfiguration answer). */
  notify(ids: readonly string[]): void {
    for (const id of ids) {
      const name = this.nameOf(id);
      if (!name) continue;
      for (const l of this.listeners) l(name);
    }
  }

  private nameOf(id: string): SettingName | undefined {
    return (Object.keys(MAP) as SettingName[]).find((n) => this.where(n) === id);
  }
}

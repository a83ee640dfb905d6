/**
 * OCTT 1.6 §2.8.1 (TC_019_CS), step 4: the configuration keys each feature profile requires, with the
 * accessibility the table gives ('R', 'RW' or either). Profile names as in SupportedFeatureProfiles (9.1.29).
 */
export type Accessibility = 'R' | 'RW' | 'R OR RW';

export const REQUIRED_KEYS: Readonly<Record<string, ReadonlyArray<readonly [string, Accessibility]>>> = {
  Core: [
    ['AuthorizeRemoteTxRequests', 'R OR RW'], ['ClockAlignedDataInterval', 'RW'], ['ConnectionTimeOut', 'RW'],
    ['ConnectorPhaseRotation', 'RW'], ['GetConfigurationMaxKeys', 'R'], ['HeartbeatInterval', 'RW'],
    ['LocalAuthorizeOffline', 'RW'], ['LocalPreAuthorize', 'RW'], ['MeterValuesAlignedData', 'RW'],
    ['MeterValuesSampledData', 'RW'], ['MeterValueSampleInterval', 'RW'], ['NumberOfConnectors', 'R'],
    ['ResetRetries', 'RW'], ['StopTransactionOnInvalidId', 'RW'], ['StopTxnAlignedData', 'RW'],
    ['StopTxnSampledData', 'RW'], ['SupportedFeatureProfiles', 'R'], ['TransactionMessageAttempts', 'RW'],
    ['TransactionMessageRetryInterval', 'RW'], ['UnlockConnectorOnEVSideDisconnect', 'R OR RW'],
  ],
  LocalAuthListManagement: [['LocalAuthListEnabled', 'RW'], ['LocalAuthListMaxLength', 'R'], ['SendLocalListMaxLength', 'R']],
  SmartCharging: [
    ['ChargeProfileMaxStackLevel', 'R'], ['ChargingScheduleAllowedChargingRateUnit', 'R'],
    ['ChargingScheduleMaxPeriods', 'R'], ['MaxChargingProfilesInstalled', 'R'],
  ],
  Reservation: [],
  RemoteTrigger: [],
  FirmwareManagement: [],
};

/** Keys 1.6 §9.1 requires that the document's list leaves out: missing ones are advisories. */
export const ADVISORY_KEYS = ['StopTransactionOnEVSideDisconnect'];

export function accessibilityMatches(readonly: boolean, wanted: Accessibility): boolean {
  return wanted === 'R OR RW' || (wanted === 'R') === readonly;
}

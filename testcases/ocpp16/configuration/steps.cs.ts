

/** The configuration keys 1.6 section 9.1 marks "required" for the Core profile. */
export const REQUIRED_CORE_KEYS = [
  'AuthorizeRemoteTxRequests', 'ClockAlignedDataInterval', 'ConnectionTimeOut', 'ConnectorPhaseRotation', 'GetConfigurationMaxKeys',
  'HeartbeatInterval', 'LocalAuthorizeOffline', 'LocalPreAuthorize', 'MeterValuesAlignedData', 'MeterValuesSampledData',
  'MeterValueSampleInterval', 'NumberOfConnectors', 'ResetRetries', 'StopTransactionOnEVSideDisconnect', 'StopTransactionOnInvalidId',
  'StopTxnAlignedData', 'StopTxnSampledData', 'SupportedFeatureProfiles', 'TransactionMessageAttempts', 'TransactionMessageRetryInterval',
  'UnlockConnectorOnEVSideDisconnect',
];

/** Required keys that 9.1 makes read-only. */
export const READ_ONLY_KEYS = ['GetConfigurationMaxKeys', 'NumberOfConnectors', 'SupportedFeatureProfiles'];

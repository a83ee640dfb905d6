import { CONFIGURED_VALUES, type CaseTools, type ConfiguredValue, type ConfiguredValueName } from '../../kit.js';

/**
 * The `<Configured ...>` values of Part 6 that the 2.0.1 cases use: names, meanings and defaults are
 * the table in src/domain/configured-values.ts (the config file's `configured:` section). A case never
 * hard-codes one of them.
 */
export type ConfiguredName = Extract<ConfiguredValueName,
  'offlineThreshold' | 'outageOfflineThreshold' | 'retryBackOffWaitMinimum' | 'transactionDurationMs' | 'evConnectionTimeoutMs' | 'offlineDurationMs' | 'meterValuesIntervalMs'
  | 'localListVersion' | 'reservationExpiryMs' | 'alignedDataIntervalMs' | 'alignedTxEndedIntervalMs' | 'sampledTxEndedIntervalMs'
  | 'firmwareDownloadOffsetMs' | 'firmwareInstallOffsetMs' | 'displayMessageWindowMs' | 'monitorSeverity' | 'thresholdMonitorValue'
  | 'thresholdTriggerValue' | 'thresholdNonTriggerValue' | 'lowerThresholdValue' | 'preconfiguredMonitorId'
  | 'logRetryInterval'>;

/** The run's value (`ctx.settings.configured[name]`, or `ctx.settings[name]` set by a test), else the documented default. */
export function configured(ctx: CaseTools, name: ConfiguredName): number {
  const section = ctx.settings.configured as Record<string, unknown> | undefined;
  const v = section?.[name] ?? ctx.settings[name];
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : fixedDefault(ctx, name);
}

/** The table's default for the role under test. */
function fixedDefault(ctx: CaseTools, name: ConfiguredName): number {
  const d = (CONFIGURED_VALUES[name] as ConfiguredValue).default;
  return (typeof d === 'number' ? d : d?.[ctx.ics.sut]) ?? 0;
}

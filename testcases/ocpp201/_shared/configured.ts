import { configuredDefault, type CaseTools, type ConfiguredTextName, type ConfiguredValueName } from '../../kit.js';

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
  | 'logRetryInterval' | 'energyTariffPerKWh' | 'runningTotalCost'
  | 'chargingProfileId' | 'chargingScheduleDurationS' | 'chargingNumberPhases' | 'chargingRateInWatts' | 'chargingStackLevel'
  | 'chargingRecurrencyWeekly' | 'iso15118OfflineWaitMs' | 'configurationSlot' | 'configurationSlot2'>;

/** The run's value (`ctx.settings.configured[name]`, or `ctx.settings[name]` set by a test), else the documented default. */
export function configured(ctx: CaseTools, name: ConfiguredName): number {
  const section = ctx.settings.configured as Record<string, unknown> | undefined;
  const v = section?.[name] ?? ctx.settings[name];
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : fixedDefault(ctx, name);
}

/** The table's default for the role under test. */
function fixedDefault(ctx: CaseTools, name: ConfiguredName): number {
  const v = configuredDefault(name, ctx.ics.sut);
  return typeof v === 'number' ? v : 0;
}

/**
 * A text value: the run's (`ctx.settings.configured[name]`), else the table's default for the role under
 * test, else `derive()` for a value the table says the case derives (e.g. from the ICS).
 */
export function configuredText(ctx: CaseTools, name: ConfiguredTextName, derive?: () => string): string {
  const given = (ctx.settings.configured as Record<string, unknown> | undefined)?.[name];
  const d = configuredDefault(name, ctx.ics.sut);
  const value = typeof given === 'string' && given !== '' ? given : typeof d === 'string' ? d : derive?.();
  // A derived value read without its derivation is a harness bug (the case ends ERROR), never the SUT's.
  if (value === undefined) throw new Error(`configured ${name}: no value given and none to derive`);
  return value;
}

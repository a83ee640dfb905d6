import { CONFIGURED_VALUES, configuredDefault, type CaseTools, type ConfiguredValueName } from '../../kit.js';
/**
 * The "<Configured ...>" values of the OCTT 1.6 document (e.g. §2.5.3 "ConnectionTimeOut is
 * <Configured connectionTimeout>"): they are configuration, never a constant in a case. A case asks
 * `configured(ctx, name)`: the value given in `ctx.settings.configured[name]` when the run sets it,
 * otherwise the documented default below. The step log names the value used.
 */

/** Names of the configured values the 1.6 cases use, in seconds (the table in src/domain/configured-values.ts). */
export type ConfiguredName = Extract<ConfiguredValueName,
  'connectionTimeOut' | 'meterValueSampleInterval' | 'clockAlignedDataInterval' | 'bootRetryInterval' | 'heartbeatInterval' | 'transactionDurationS'>;

/** How a default derives from the run's timeouts; its description is the table's. */
type Derive = (ctx: CaseTools) => number;

/** As short as the message timeout allows (a charge point cannot report faster than it answers). */
const short = (ctx: CaseTools): number => Math.max(2, Math.ceil(ctx.ics.timeouts.messageMs / 1000));

const deviation = (ctx: CaseTools): number => Math.ceil(ctx.ics.timeouts.maxTimeDeviationMs / 1000);

/** A divisor of an hour above the short interval: clock-aligned boundaries are then whole seconds past the hour. */
const aligned = (ctx: CaseTools): number => [2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60].find((d) => d > short(ctx)) ?? 60;

// Timing checks allow the configured time deviation (ics.timeouts.maxTimeDeviationMs) either way: an interval
// shorter than that deviation could not tell a charge point that waits from one that does not.
const DERIVED: Readonly<Record<ConfiguredName, Derive>> = {
  connectionTimeOut: short,
  meterValueSampleInterval: short,
  clockAlignedDataInterval: aligned,
  bootRetryInterval: (ctx) => short(ctx) + deviation(ctx),
  heartbeatInterval: (ctx) => short(ctx) + deviation(ctx),
  transactionDurationS: short,
};

/** A configured value: from the run's settings when given, else the documented default. */
export function configured(ctx: CaseTools, name: ConfiguredName): number {
  const given = (ctx.settings.configured as Partial<Record<ConfiguredName, unknown>> | undefined)?.[name];
  const value = typeof given === 'number' && Number.isFinite(given) && given >= 0 ? given : DERIVED[name](ctx);
  ctx.log(`configured ${name} = ${value}${typeof given === 'number' ? '' : ` (default: ${CONFIGURED_VALUES[name].derived})`}`);
  return value;
}

/** The table's fixed default of a value the simulated Charge Point uses (CSMS under test), for the role under test. */
export function fixedDefault(ctx: CaseTools, name: ConfiguredValueName): number {
  const v = configuredDefault(name, ctx.ics.sut);
  return typeof v === 'number' ? v : 0;
}

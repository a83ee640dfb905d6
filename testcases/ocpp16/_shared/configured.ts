import type { CaseContext } from '../../kit.js';
/**
 * The "<Configured ...>" values of the OCTT 1.6 document (e.g. §2.5.3 "ConnectionTimeOut is
 * <Configured connectionTimeout>"): they are configuration, never a constant in a case. A case asks
 * `configured(ctx, name)`: the value given in `ctx.settings.configured[name]` when the run sets it,
 * otherwise the documented default below. The step log names the value used.
 */

/** Names of the configured values the 1.6 cases use, in seconds unless said otherwise. */
export type ConfiguredName =
  | 'connectionTimeOut'
  | 'meterValueSampleInterval'
  | 'clockAlignedDataInterval'
  | 'bootRetryInterval'
  | 'heartbeatInterval'
  | 'transactionDurationS';

interface Default {
  describe: string;
  value: (ctx: CaseContext) => number;
}

/** As short as the message timeout allows (a charge point cannot report faster than it answers). */
const short = (ctx: CaseContext): number => Math.max(2, Math.ceil(ctx.ics.timeouts.messageMs / 1000));

const deviation = (ctx: CaseContext): number => Math.ceil(ctx.ics.timeouts.maxTimeDeviationMs / 1000);

/** A divisor of an hour above the short interval: clock-aligned boundaries are then whole seconds past the hour. */
const aligned = (ctx: CaseContext): number => [2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60].find((d) => d > short(ctx)) ?? 60;

export const CONFIGURED_DEFAULTS: Readonly<Record<ConfiguredName, Default>> = {
  connectionTimeOut: { describe: 'ConnectionTimeOut (s): the message timeout, at least 2', value: short },
  meterValueSampleInterval: { describe: 'MeterValueSampleInterval (s): the message timeout, at least 2', value: short },
  clockAlignedDataInterval: { describe: 'ClockAlignedDataInterval (s): the first divisor of 60 above the message timeout', value: aligned },
  // Timing checks allow the configured time deviation (ics.timeouts.maxTimeDeviationMs) either way: an interval
  // shorter than that deviation could not tell a charge point that waits from one that does not.
  bootRetryInterval: { describe: 'interval (s) of a Rejected/Pending BootNotification.conf: the message timeout plus the time deviation', value: (ctx) => short(ctx) + deviation(ctx) },
  heartbeatInterval: { describe: 'Heartbeat interval (s) a boot case gives and then times: the message timeout plus the time deviation', value: (ctx) => short(ctx) + deviation(ctx) },
  transactionDurationS: { describe: 'how long a charging session runs before it is stopped (s): the message timeout', value: short },
};

/** A configured value: from the run's settings when given, else the documented default. */
export function configured(ctx: CaseContext, name: ConfiguredName): number {
  const given = (ctx.settings.configured as Partial<Record<ConfiguredName, unknown>> | undefined)?.[name];
  const value = typeof given === 'number' && Number.isFinite(given) && given >= 0 ? given : CONFIGURED_DEFAULTS[name].value(ctx);
  ctx.log(`configured ${name} = ${value}${typeof given === 'number' ? '' : ` (default: ${CONFIGURED_DEFAULTS[name].describe})`}`);
  return value;
}

import type { CaseContext } from '../../kit.js';
import { chargingSession, meterValue, reportConnector, signedMeterValue, transactionEvent, type MeterValue } from '../_shared/charging-session.csms.js';
import { configured, type ConfiguredName } from '../_shared/configured.js';
import { evConnectedPostSession } from '../_shared/states.csms.js';

/**
 * What the J Meter values cases (CSMS under test) share: the simulated station's meter readings at an
 * interval (clock-aligned or from the transaction's start) and the end of a transaction whose TransactionEvent
 * Ended carries them. Every message must be answered (J01.FR.18 MeterValuesResponse, J02.FR.19 TransactionEventResponse).
 */

export type SampleContext = 'Sample.Clock' | 'Sample.Periodic';

/** The first clock boundary of `ms` after now. */
const nextBoundary = (ms: number): number => (Math.floor(Date.now() / ms) + 1) * ms;

/** Waits for the next reading time: the next clock boundary (Sample.Clock), or one interval on (Sample.Periodic). */
export async function nextReading(ctx: CaseContext<'2.0.1', 'CSMS'>, intervalMs: number, context: SampleContext): Promise<string> {
  const at = context === 'Sample.Clock' ? nextBoundary(intervalMs) : Date.now() + intervalMs;
  await ctx.specifiedWait(Math.max(0, at - Date.now()), context === 'Sample.Clock' ? 'the next clock-aligned interval' : 'the sampled interval');
  return new Date(at).toISOString();
}

/** One reading of the session's meter with `context`, timestamped `at`, signed when asked (J01.FR.21 / J02.FR.21). */
export function reading(ctx: CaseContext<'2.0.1', 'CSMS'>, context: SampleContext | 'Transaction.End', at: string, signed: boolean): MeterValue {
  const s = chargingSession(ctx);
  const mv = meterValue(s, context === 'Transaction.End' ? 'Transaction.End' : 'Sample.Periodic');
  const transactionId = s.tx?.transactionId ?? 'none';
  return {
    timestamp: at,
    sampledValue: mv.sampledValue.map((v) => ({ ...v, context, ...(signed && v.measurand === 'Energy.Active.Import.Register' ? { signedMeterValue: signedMeterValue(transactionId, v.value / 1000) } : {}) })),
  };
}

/**
 * "This step will be executed after the <Configured transaction duration>": the transaction charges, the station
 * sampling its meter every `interval` (at least two readings), then Reusable State EVDisconnected ends it with a
 * TransactionEvent Ended carrying them (and a Transaction.End reading for sampled data).
 */
export async function endWithSamples(ctx: CaseContext<'2.0.1', 'CSMS'>, interval: ConfiguredName, context: SampleContext, signed: boolean): Promise<void> {
  const intervalMs = configured(ctx, interval);
  const until = Date.now() + configured(ctx, 'transactionDurationMs');
  const samples: MeterValue[] = [];
  while (samples.length < 2 || Date.now() < until) samples.push(reading(ctx, context, await nextReading(ctx, intervalMs, context), signed));
  // Reusable State EVDisconnected, its steps: EVConnectedPostSession, the connector Available, TransactionEvent Ended.
  await evConnectedPostSession(ctx);
  await reportConnector(ctx, 'Available');
  const end = context === 'Sample.Periodic' ? [reading(ctx, 'Transaction.End', new Date().toISOString(), signed)] : [];
  await transactionEvent(ctx, {
    eventType: 'Ended', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', stoppedReason: 'EVDisconnected',
    meterValue: () => [...samples, ...end], requirement: 'J02.FR.19',
  });
  chargingSession(ctx).state = 'EVDisconnected';
}

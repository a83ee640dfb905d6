/**
 * OCPP 2.0.1 meter values beyond the TransactionEvent's own (J01, J02): the clock-aligned MeterValues of an
 * EVSE (AlignedDataCtrlr.Interval / Measurands / SendDuringIdle / SignReadings) and the samples a
 * transaction collects for its TransactionEvent Ended (SampledDataCtrlr.TxEndedInterval / TxEndedMeasurands,
 * AlignedDataCtrlr.TxEndedInterval / TxEndedMeasurands). The E engine asks for them through port.ts.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { EvseState } from '../../ports.js';

const REGISTER = 'Energy.Active.Import.Register';

/** The first clock boundary of `ms` after `now` (clock-aligned: :00, :15, ... for 900 s). */
export const nextBoundary = (ms: number, now = Date.now()): number => (Math.floor(now / ms) + 1) * ms;

/**
 * Whether clock-aligned MeterValues are held back now: AlignedDataCtrlr.SendDuringIdle is true and a
 * transaction runs (J01.FR.20: the whole station, main meter included). Fault aligned-during-transaction ignores it.
 */
export function alignedHeldBack(ctx: StationContext): boolean {
  return ctx.settings.bool('alignedSendDuringIdle') && ctx.tx.hasTransaction() && !ctx.faults.has('aligned-during-transaction');
}

/**
 * One clock-aligned MeterValue of an EVSE (J01.FR.14): the AlignedDataCtrlr.Measurands read at `at`, context
 * `context` (Sample.Clock, or Trigger), signed with AlignedDataCtrlr.SignReadings (J01.FR.21).
 */
export function alignedMeterValue(ctx: StationContext, evse: EvseState, context: string, at: string): Payload | undefined {
  const configured = ctx.settings.list('alignedMeasurands');
  const measurands = ctx.faults.has('aligned-measurands-ignored') || !configured.length ? [REGISTER] : configured;
  const wrong = context === 'Sample.Clock' && ctx.faults.has('aligned-wrong-context');
  return evse.meter.meterValue(measurands, wrong ? 'Sample.Periodic' : context, '2.0.1', at, { signed: alignedSigned(ctx) });
}

const alignedSigned = (ctx: StationContext): boolean => ctx.settings.bool('alignedSignReadings') && !ctx.faults.has('aligned-unsigned');

/**
 * The samples a running transaction collects for its TransactionEvent Ended: every SampledDataCtrlr.TxEndedInterval
 * from the start (Sample.Periodic, TxEndedMeasurands, signed with SampledDataCtrlr.SignReadings) and at every
 * AlignedDataCtrlr.TxEndedInterval clock boundary (Sample.Clock, AlignedDataCtrlr.TxEndedMeasurands, signed with
 * AlignedDataCtrlr.SignReadings). The intervals are read when the transaction starts.
 */
export class TxEndedSamples {
  private readonly ctx: StationContext;
  private readonly samples = new Map<number, Payload[]>();

  constructor(ctx: StationContext) {
    this.ctx = ctx;
  }

  /** The transaction on `evse` started: collect until `take`. */
  start(evse: EvseState): void {
    const { ctx } = this;
    this.stop(evse.id);
    const list: Payload[] = [];
    this.samples.set(evse.id, list);
    const sampled = ctx.settings.int('sampledTxEndedInterval', 0);
    if (sampled > 0 && !ctx.faults.has('sampled-tx-ended-missing')) {
      const signed = ctx.settings.bool('signReadings') && !ctx.faults.has('tx-unsigned-meter-values');
      ctx.timers.interval(`txended-sampled-${evse.id}`, sampled * 1000, () => {
        const mv = evse.meter.meterValue(ctx.settings.list('endedMeasurands'), 'Sample.Periodic', '2.0.1', ctx.now(), { signed });
        if (mv) list.push(mv);
      });
    }
    const aligned = ctx.settings.int('alignedTxEndedInterval', 0);
    if (aligned > 0 && !ctx.faults.has('aligned-tx-ended-missing')) {
      const ms = aligned * 1000;
      let boundary = nextBoundary(ms);
      const schedule = (): void => {
        ctx.timers.timeout(`txended-aligned-${evse.id}`, Math.max(0, boundary - Date.now()), () => {
          const mv = evse.meter.meterValue(ctx.settings.list('alignedTxEndedMeasurands'), 'Sample.Clock', '2.0.1', new Date(boundary).toISOString(), { signed: alignedSigned(ctx) });
          if (mv) list.push(mv);
          do boundary += ms; while (boundary <= Date.now());
          schedule();
        });
      };
      schedule();
    }
  }

  /** The samples collected for the transaction on `evseId`, in time order; collecting stops. */
  take(evseId: number): Payload[] {
    const list = this.samples.get(evseId) ?? [];
    this.stop(evseId);
    return [...list].sort((a, b) => String(a.timestamp).localeCompare(String(b.timestamp)));
  }

  stop(evseId: number): void {
    this.ctx.timers.clear(`txended-sampled-${evseId}`);
    this.ctx.timers.clear(`txended-aligned-${evseId}`);
    this.samples.delete(evseId);
  }
}

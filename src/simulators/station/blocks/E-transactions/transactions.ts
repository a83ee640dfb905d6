/**
 * Transactions: what both versions share. The version-specific engines (transactions-201.ts:
 * TransactionEvent; transactions-16.ts: Start/StopTransaction and MeterValues) implement
 * `TransactionEngine`; the station routes physical events and CSMS requests to it.
 */
import type { OperatorResult } from '../../../../domain/operator-actions.js';
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { SettingName } from '../../settings.js';
import type { HandlerTable, IdToken } from '../../types.js';
import type { EndCause, UnplugSide } from './port.js';
import type { EvseState } from '../../ports.js';
import { alignedHeldBack, alignedMeterValue, nextBoundary } from '../J-meter-values/port.js';

export interface TransactionEngine {
  /** RequestStart/Stop (RemoteStart/Stop), UnlockConnector, ... */
  handlers(): HandlerTable;
  plugIn(evse: EvseState, connectorId: number): Promise<OperatorResult>;
  /** `side`: 'ev' (the EVSE loses the EV, a detachable cable stays in the socket), 'station' (the cable leaves the socket), 'both' (default). */
  unplug(evse: EvseState, side?: UnplugSide): Promise<OperatorResult>;
  /** The parking bay detector sees an EV arrive (true) or leave (false): TxStartPoint / TxStopPoint ParkingBayOccupancy. */
  parkingBay?(evse: EvseState, occupied: boolean): Promise<OperatorResult>;
  /** ISO 15118: the EV ends the session (SessionStopReq Terminate, E15). */
  evStopSession?(evse: EvseState): Promise<OperatorResult>;
  /** `evse` undefined: the station picks (the EVSE whose transaction this token stops, or a free one). */
  /** `authorizeExtra`: more AuthorizeRequest fields (2.0.1 Plug & Charge: the contract certificate's data, C07.FR.02 / FR.06). */
  presentIdToken(evse: EvseState | undefined, token: IdToken, authorizeExtra?: Payload): Promise<OperatorResult>;
  setSuspended(evse: EvseState, suspended: boolean): Promise<OperatorResult>;
  /** C16.FR.01 (2.0.1, a station with a UI): on the Master Pass screen, stop the transaction on `evse`, or all (undefined). */
  selectMasterPassStop?(evse: EvseState | undefined): Promise<OperatorResult>;
  /** Connector status from the session's point of view; availability is laid over it by EvseModel. */
  sessionStatus(evse: EvseState, connectorId: number): string;
  hasTransaction(evseId?: number): boolean;
  transactionOn(evseId: number): { transactionId?: string; startedAt: number } | undefined;
  transactionIds(): string[];
  /** Ends every transaction now (reset, power loss), or the one on `evseId` (EVSE reset), queueing the final messages. */
  endAll(cause: EndCause, evseId?: number): void;
  /** TriggerMessage for TransactionEvent / MeterValues: false when there is nothing to send. */
  trigger(requested: 'TransactionEvent' | 'MeterValues', evseId?: number): boolean;
  onSettingChanged(name: SettingName): void;
  /** Forgets every session (after a power cut, once endAll queued the final messages). */
  clear(): void;
  snapshot(): unknown[];
}

export const done = (data?: unknown): OperatorResult => (data === undefined ? { status: 'done' } : { status: 'done', data });
export const skipped = (reason: string): OperatorResult => ({ status: 'skipped', reason });

/** The EVSE a token or a remote start goes to when none is named: one with an EV waiting, else a free usable one. */
export function pickFreeEvse(ctx: StationContext, isFree: (evse: EvseState) => boolean): EvseState | undefined {
  const candidates = ctx.evses.list.filter((e) => ctx.evses.isUsable(e) && isFree(e));
  return candidates.find((e) => e.ev.plugged) ?? candidates[0];
}

/**
 * Clock-aligned meter values (J01; 1.6 ClockAlignedDataInterval): MeterValues every `alignedInterval`
 * seconds, on the clock (e.g. :00, :15, :30, :45 for 900 s), for every EVSE.
 */
export class AlignedMeterValues {
  private readonly ctx: StationContext;
  /** 2.0.1: sends an EVSE's clock-aligned value in its transaction's TransactionEvent (J01.FR.22); false when it has none. */
  private readonly inTransaction: ((evse: EvseState, meterValue: Payload) => boolean) | undefined;
  constructor(ctx: StationContext, inTransaction?: (evse: EvseState, meterValue: Payload) => boolean) {
    this.ctx = ctx;
    this.inTransaction = inTransaction;
  }

  restart(): void {
    this.ctx.timers.clear('aligned');
    const interval = this.ctx.settings.int('alignedInterval', 0);
    if (interval <= 0 || this.ctx.faults.has('tx-no-meter-values')) return;
    const ms = interval * 1000;
    // Timed to each boundary, not from when the timer fired: a timer may fire a millisecond early, and
    // "the next boundary from now" would then be the same one again (two MeterValues 1 ms apart).
    let boundary = nextBoundary(ms);
    const schedule = () => this.ctx.timers.timeout('aligned', Math.max(0, boundary - Date.now()), () => {
      // 2.0.1: the reading is taken at the boundary, and so timestamped (the intervals between timestamps equal the interval).
      this.send('Sample.Clock', undefined, undefined, new Date(boundary).toISOString());
      do boundary += ms; while (boundary <= Date.now());
      schedule();
    });
    schedule();
  }

  stop(): void {
    this.ctx.timers.clear('aligned');
  }

  /** MeterValues for one EVSE (or all), with `context`; `transactionId` supplies the 1.6 transaction id when there is one. */
  send(context: string, evseId?: number, transactionId?: (evse: EvseState) => (() => number | undefined) | undefined, at?: string): boolean {
    const { ctx } = this;
    const evses = evseId === undefined || evseId === 0 ? ctx.evses.list : ctx.evses.list.filter((e) => e.id === evseId);
    if (!evses.length) return false;
    if (ctx.version === '2.0.1') {
      // J01 (J Meter values, port.ts): the AlignedDataCtrlr measurands; none while SendDuringIdle holds them back (J01.FR.20).
      if (context === 'Sample.Clock' && alignedHeldBack(ctx)) return true;
      for (const evse of evses) {
        const meterValue = alignedMeterValue(ctx, evse, context, at ?? ctx.now());
        // Personality aligned-in-transaction-event: an EVSE with a transaction reports in its TransactionEvent.
        if (meterValue && context === 'Sample.Clock' && ctx.options.behaviour.alignedInTransactionEvent && this.inTransaction?.(evse, meterValue)) continue;
        if (meterValue) void ctx.send('MeterValues', { evseId: evse.id, meterValue: [meterValue] }, { triggered: context === 'Trigger' });
      }
      return true;
    }
    // Fault aligned-data-ignored (1.6): the clock-aligned values carry the energy register only, whatever MeterValuesAlignedData says.
    const measurands = ctx.faults.has('aligned-data-ignored') ? [] : ctx.settings.list('alignedMeasurands');
    for (const evse of evses) {
      const meterValue = evse.meter.meterValue(measurands.length ? measurands : ['Energy.Active.Import.Register'], context, ctx.version, ctx.now());
      if (!meterValue) continue;
      const txId = transactionId?.(evse);
      const build = (): Payload => {
        const id = txId?.();
        return { connectorId: evse.id, ...(id !== undefined ? { transactionId: id } : {}), meterValue: [meterValue] };
      };
      void ctx.send('MeterValues', build, txId ? { queue: true } : { triggered: context === 'Trigger' });
    }
    return true;
  }
}

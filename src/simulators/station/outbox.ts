/**
 * Every CALL the station makes goes through here:
 * - the registration gate: before Accepted only BootNotification and messages the CSMS asked for
 *   (TriggerMessage, GetBaseReport, GetReport) leave (B01.FR.08, B02.FR.02, B03.FR.02);
 * - the queue for transaction-related and guaranteed-delivery messages: kept while offline or not
 *   accepted, delivered in order after (re)connecting, retried on timeout or CALLERROR (E13, A04.FR.02).
 */
import type { CallOutcome } from '../../rpc/connection.js';
import type { Payload } from '../../rpc/codec.js';
import type { StationContext } from './context.js';
import type { PayloadSource, SendOptions, StationOutcome } from './types.js';

/** Messages retried when the CSMS does not process them (E13; 1.6 TransactionMessageAttempts). */
const TRANSACTION_ACTIONS: ReadonlySet<string> = new Set(['TransactionEvent', 'StartTransaction', 'StopTransaction', 'MeterValues']);

interface QueueItem {
  action: string;
  source: PayloadSource;
  payload?: Payload;
  options: SendOptions;
  attempts: number;
  resolve: (outcome: StationOutcome) => void;
}

const dropped = (reason: string): StationOutcome => ({ kind: 'dropped', reason });

export class Outbox {
  private readonly ctx: StationContext;
  private queue: QueueItem[] = [];
  private draining = false;
  private stopped = false;
  private idleWaiters: Array<() => void> = [];

  constructor(ctx: StationContext) {
    this.ctx = ctx;
  }

  /** Messages waiting for delivery. */
  get size(): number {
    return this.queue.length;
  }

  /** Queued messages of one action, payloads as built so far (GetTransactionStatus). */
  queued(action: string): number {
    return this.queue.filter((q) => q.action === action).length;
  }

  /** Queued messages of one action whose payload (built already) matches, e.g. one transaction's events (E14.FR.04). */
  queuedMatching(action: string, match: (payload: Payload) => boolean): number {
    return this.queue.filter((q) => q.action === action && typeof q.source !== 'function' && match(q.source)).length;
  }

  send(action: string, source: PayloadSource, options: SendOptions = {}): Promise<StationOutcome> {
    if (this.stopped) return Promise.resolve(dropped('station stopped'));
    const { ctx } = this;
    if (options.queue) {
      if (!ctx.link.isOnline && TRANSACTION_ACTIONS.has(action) && ctx.faults.has('offline-tx-dropped')) {
        ctx.log.debug(`fault offline-tx-dropped: ${action} created offline is dropped`);
        return Promise.resolve(dropped('offline (fault offline-tx-dropped)'));
      }
      return new Promise((resolve) => {
        this.queue.push({ action, source, options, attempts: 0, resolve });
        this.kick();
      });
    }
    const registration = ctx.provisioning.registration;
    if (action !== 'BootNotification' && !options.triggered && !options.force && registration !== 'Accepted') {
      ctx.log.debug(`${action} not sent: registration is ${registration}`);
      return Promise.resolve(dropped(`registration ${registration}`));
    }
    const rpc = ctx.link.rpc;
    if (!rpc?.isOpen) return Promise.resolve(dropped('offline'));
    const payload = typeof source === 'function' ? source() : source;
    return rpc.call(action, payload, {
      timeoutMs: ctx.options.timings.callTimeoutMs,
      ...(options.ignoreInFlight ? { ignoreInFlight: true } : {}),
    });
  }

  /** Starts delivering queued messages if the link is up and the station accepted. */
  kick(): void {
    if (!this.draining && !this.stopped) void this.drain();
  }

  /** Resolves when the queue is empty, or after `timeoutMs`. */
  whenIdle(timeoutMs: number): Promise<boolean> {
    if (!this.queue.length) return Promise.resolve(true);
    return new Promise((resolve) => {
      const name = this.ctx.timers.timeout(undefined, timeoutMs, () => {
        this.idleWaiters = this.idleWaiters.filter((w) => w !== done);
        resolve(false);
      });
      const done = () => {
        this.ctx.timers.clear(name);
        resolve(true);
      };
      this.idleWaiters.push(done);
    });
  }

  /** Drops everything (the station stops). */
  stop(): void {
    this.stopped = true;
    for (const item of this.queue.splice(0)) item.resolve(dropped('station stopped'));
    this.notifyIdle();
  }

  reopen(): void {
    this.stopped = false;
  }

  private ready(): boolean {
    return this.ctx.link.isOnline && this.ctx.provisioning.registration === 'Accepted';
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length && this.ready() && !this.stopped) {
        const item = this.queue[0] as QueueItem;
        const rpc = this.ctx.link.rpc;
        if (!rpc) break;
        item.payload ??= typeof item.source === 'function' ? item.source() : item.source;
        // OCPPCommCtrlr.MessageTimeout (2.0.1) bounds the wait for the answer; E13 counts a timeout as a failed attempt.
        const timeoutS = this.ctx.settings.int('messageTimeout', 0);
        const outcome: CallOutcome = await rpc.call(item.action, item.payload, { timeoutMs: timeoutS > 0 ? timeoutS * 1000 : this.ctx.options.timings.callTimeoutMs });
        if (outcome.kind === 'closed') {
          // Stays first in line, delivered after reconnecting; E11.FR.07: what is still queued goes out flagged offline.
          if (this.ctx.version === '2.0.1' && !this.ctx.faults.has('offline-flag-missing')) {
            for (const q of this.queue) {
              const payload = q.payload ?? (typeof q.source === 'function' ? undefined : q.source);
              if (q.action === 'TransactionEvent' && payload) payload.offline = true;
            }
          }
          break;
        }
        item.attempts++;
        const retry = outcome.kind !== 'result' && TRANSACTION_ACTIONS.has(item.action) && !this.ctx.faults.has('tx-no-retry')
          && item.attempts < Math.max(1, this.ctx.settings.int('messageAttempts', 3));
        if (retry) {
          this.ctx.log.warn(`${item.action} not processed (${outcome.kind}); attempt ${item.attempts + 1} follows`);
          // E13.FR.03: wait MessageAttemptInterval times the number of transmissions so far.
          const factor = this.ctx.faults.has('tx-retry-fixed-interval') ? 1 : item.attempts;
          const waited = await this.ctx.timers.delay('outbox-retry', Math.max(0, this.ctx.settings.int('messageAttemptInterval', 10)) * 1000 * factor);
          if (!waited) break;
          continue;
        }
        this.queue.shift();
        item.options.onOutcome?.(outcome);
        item.resolve(outcome);
      }
    } finally {
      this.draining = false;
      if (!this.queue.length) this.notifyIdle();
    }
  }

  private notifyIdle(): void {
    for (const w of this.idleWaiters.splice(0)) w();
  }
}

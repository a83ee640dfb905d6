import type { Writable } from 'node:stream';
import type { RunEvent } from '../engine/model.js';
import { isHarnessError } from '../errors.js';

/**
 * What every reporter implements. Events are read-only: a reporter must not mutate them,
 * since the same object is handed to every reporter behind the multiplexer.
 */
export interface Reporter {
  readonly name: string;
  onEvent(event: RunEvent): void | Promise<void>;
  close?(): Promise<void>;
}

/** A reporter failure the multiplexer contained. */
export interface ReporterFailure {
  reporter: string;
  /** Event type being delivered, or 'close'. */
  during: RunEvent['type'] | 'close';
  error: unknown;
}

interface Slot {
  reporter: Reporter;
  /** Set while an async onEvent is in flight; later events for this reporter queue behind it. */
  tail: Promise<void> | undefined;
  failed: boolean;
}

function isThenable(value: unknown): value is PromiseLike<void> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function describe(error: unknown): string {
  // A harness error already says what went wrong and names the file: no stack trace for the user.
  if (isHarnessError(error)) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Fans events out to reporters, in order, one event at a time per reporter.
 * A reporter that throws (or rejects) is reported once on stderr and gets no further
 * events: its state is unknown, and the run must go on. Returns a promise only when some
 * reporter is asynchronous, so a synchronous pipeline stays synchronous.
 */
export class ReporterMultiplexer implements Reporter {
  readonly name = 'multiplexer';
  readonly failures: ReporterFailure[] = [];
  private readonly slots: Slot[];
  private readonly stderr: Pick<Writable, 'write'>;

  constructor(reporters: readonly Reporter[], options: { stderr?: Pick<Writable, 'write'> } = {}) {
    this.slots = reporters.map((reporter) => ({ reporter, tail: undefined, failed: false }));
    this.stderr = options.stderr ?? process.stderr;
  }

  get reporters(): readonly Reporter[] {
    return this.slots.map((s) => s.reporter);
  }

  onEvent(event: RunEvent): void | Promise<void> {
    let pending: Promise<void>[] | undefined;
    for (const slot of this.slots) {
      if (slot.failed) continue;
      const tail = slot.tail;
      const p = tail ? tail.then(() => (slot.failed ? undefined : this.deliver(slot, event))) : this.deliver(slot, event);
      if (p) (pending ??= []).push(this.track(slot, p));
    }
    if (pending) return Promise.all(pending).then(() => undefined);
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.tail));
    for (const slot of this.slots) {
      if (slot.failed || !slot.reporter.close) continue;
      try {
        await slot.reporter.close();
      } catch (error) {
        this.fail(slot, 'close', error);
      }
    }
  }

  private deliver(slot: Slot, event: RunEvent): Promise<void> | undefined {
    let result: void | Promise<void>;
    try {
      result = slot.reporter.onEvent(event);
    } catch (error) {
      this.fail(slot, event.type, error);
      return undefined;
    }
    if (!isThenable(result)) return undefined;
    return Promise.resolve(result).then(
      () => undefined,
      (error: unknown) => this.fail(slot, event.type, error),
    );
  }

  /** Remembers the in-flight promise of a slot and forgets it once it settles (if still the latest). */
  private track(slot: Slot, promise: Promise<void>): Promise<void> {
    const tracked: Promise<void> = promise.then(() => {
      if (slot.tail === tracked) slot.tail = undefined;
    });
    slot.tail = tracked;
    return tracked;
  }

  private fail(slot: Slot, during: ReporterFailure['during'], error: unknown): void {
    if (slot.failed) return;
    slot.failed = true;
    this.failures.push({ reporter: slot.reporter.name, during, error });
    try {
      this.stderr.write(
        `ocpp-harness: reporter "${slot.reporter.name}" failed on ${during} and was disabled for the rest of the run; ` +
          `the run goes on.\n${describe(error)}\n`,
      );
    } catch {
      // stderr itself is broken: nothing more we can do without breaking the run.
    }
  }
}

import type { EventEmitter } from 'node:events';

export interface WaitOptions<T> {
  timeoutMs?: number;
  filter?: (value: T) => boolean;
}

/** Resolves with the first `event` (passing `filter`) or rejects after `timeoutMs`, naming what it waited for. */
export function nextEvent<T = unknown>(emitter: EventEmitter, event: string, options: WaitOptions<T> = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  return new Promise<T>((resolve, reject) => {
    const onEvent = (value: T) => {
      if (options.filter && !options.filter(value)) return;
      clearTimeout(timer);
      emitter.off(event, onEvent);
      resolve(value);
    };
    const timer = setTimeout(() => {
      emitter.off(event, onEvent);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for '${event}'`));
    }, timeoutMs);
    emitter.on(event, onEvent);
  });
}

/** Resolves once `predicate()` holds, re-checking on each `event`; rejects after `timeoutMs`. */
export function until(emitter: EventEmitter, event: string, predicate: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  if (predicate()) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!predicate()) return;
      clearTimeout(timer);
      emitter.off(event, check);
      resolve();
    };
    const timer = setTimeout(() => {
      emitter.off(event, check);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    emitter.on(event, check);
  });
}

/** Bounds a promise: rejects with `what` in the message after `timeoutMs`. */
export function within<T>(promise: Promise<T>, what: string, timeoutMs = 5_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Collects every `event` value into an array (for counting and inspection). */
export function collect<T = unknown>(emitter: EventEmitter, event: string): T[] {
  const out: T[] = [];
  emitter.on(event, (v: T) => out.push(v));
  return out;
}

/** Teardown list for afterEach: closers run in reverse order, errors are swallowed (the test already has its verdict). */
export class Cleanup {
  private readonly closers: Array<() => unknown> = [];

  add<T>(value: T, closer: (value: T) => unknown): T {
    this.closers.push(() => closer(value));
    return value;
  }

  async run(): Promise<void> {
    while (this.closers.length) {
      const close = this.closers.pop();
      try {
        await within(Promise.resolve(close?.()), 'a teardown step', 3_000);
      } catch {
        // ignore: teardown of something already gone
      }
    }
  }
}

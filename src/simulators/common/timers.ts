/**
 * Named timers a simulator can clear all at once, so a stopped simulator leaves nothing running
 * (mocha exits, a CLI returns). Re-arming a name replaces the previous timer of that name.
 */
export class Timers {
  private readonly active = new Map<string, { timer: NodeJS.Timeout; cancel?: () => void }>();
  private seq = 0;
  private closed = false;

  /** Runs `fn` once after `ms`. Returns the name (a fresh one when `name` is undefined). */
  timeout(name: string | undefined, ms: number, fn: () => void): string {
    const key = name ?? `#${++this.seq}`;
    this.clear(key);
    if (this.closed) return key;
    const timer = setTimeout(() => {
      this.active.delete(key);
      fn();
    }, Math.max(0, ms));
    this.active.set(key, { timer });
    return key;
  }

  /** Runs `fn` every `ms` until cleared. */
  interval(name: string, ms: number, fn: () => void): void {
    this.clear(name);
    if (this.closed || ms <= 0) return;
    this.active.set(name, { timer: setInterval(fn, ms) });
  }

  /** Resolves true after `ms`, or false as soon as the timer is cleared (or all timers are). */
  delay(name: string | undefined, ms: number): Promise<boolean> {
    const key = name ?? `#${++this.seq}`;
    this.clear(key);
    if (this.closed) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.active.delete(key);
        resolve(true);
      }, Math.max(0, ms));
      this.active.set(key, { timer, cancel: () => resolve(false) });
    });
  }

  has(name: string): boolean {
    return this.active.has(name);
  }

  clear(name: string): void {
    const entry = this.active.get(name);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.active.delete(name);
    entry.cancel?.();
  }

  /** Clears every timer whose name starts with `prefix`. */
  clearPrefix(prefix: string): void {
    for (const name of [...this.active.keys()]) if (name.startsWith(prefix)) this.clear(name);
  }

  /** Clears everything; with `close`, later timers are refused too. */
  clearAll(close = false): void {
    if (close) this.closed = true;
    for (const name of [...this.active.keys()]) this.clear(name);
  }

  /** Allows timers again after `clearAll(true)` (a simulator started a second time). */
  reopen(): void {
    this.closed = false;
  }
}

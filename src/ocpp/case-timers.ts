/**
 * The timers of one case's expectations. A wait for what the SUT does after a manual step is
 * timed from when the operator reports the step done (issue 12 section 1): while an operator
 * action runs, operator-aware timers are stopped, and they restart in full when it ends. Every
 * timer dies with its case (`clearAll`), so a late timeout never writes into a later case.
 */
export interface CaseTimer {
  cancel(): void;
}

interface Entry {
  ms: number;
  operatorAware: boolean;
  fire: () => void;
  handle: NodeJS.Timeout | undefined;
}

export class CaseTimers {
  private readonly live = new Set<Entry>();
  private operatorBusy = 0;

  /** Calls `onTimeout` after `ms`; operator-aware timers do not run while an operator action does. */
  start(ms: number, onTimeout: () => void, options: { operatorAware?: boolean } = {}): CaseTimer {
    const entry: Entry = { ms, operatorAware: options.operatorAware ?? true, handle: undefined, fire: () => undefined };
    entry.fire = () => {
      this.live.delete(entry);
      onTimeout();
    };
    this.live.add(entry);
    if (!(entry.operatorAware && this.operatorBusy > 0)) this.arm(entry);
    return {
      cancel: () => {
        if (entry.handle) clearTimeout(entry.handle);
        this.live.delete(entry);
      },
    };
  }

  /** The operator started a manual step: operator-aware timers stop. */
  operatorBegan(): void {
    this.operatorBusy += 1;
    if (this.operatorBusy > 1) return;
    for (const e of this.live) {
      if (e.operatorAware && e.handle) {
        clearTimeout(e.handle);
        e.handle = undefined;
      }
    }
  }

  /** The operator reported the step done (or gave up): operator-aware timers restart in full. */
  operatorEnded(): void {
    this.operatorBusy = Math.max(0, this.operatorBusy - 1);
    if (this.operatorBusy > 0) return;
    for (const e of this.live) if (e.operatorAware && !e.handle) this.arm(e);
  }

  /** The case ended: no timer of it may fire any more. */
  clearAll(): void {
    for (const e of this.live) if (e.handle) clearTimeout(e.handle);
    this.live.clear();
    this.operatorBusy = 0;
  }

  get pending(): number {
    return this.live.size;
  }

  private arm(e: Entry): void {
    e.handle = setTimeout(e.fire, e.ms);
  }
}

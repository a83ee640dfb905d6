import type { HarnessConfig } from '../config/config.js';
import { ChainOperator, CommandHookOperator, HttpHookOperator, PromptOperator } from '../engine/operator.js';
import type { Hook, Operator, OperatorRequest, OperatorResult } from '../domain/operator-actions.js';

/** Something that performs operator actions by name: a reference simulator, in-process. */
export interface ActionTarget {
  perform(action: string, params: Record<string, unknown>): Promise<OperatorResult>;
}

export class SimulatorOperator implements Operator {
  readonly name = 'reference simulator';
  /** The built-in simulators need no settle time: they take in each exchange before the next action. */
  readonly settleMs = 0;
  private readonly target: ActionTarget;
  constructor(target: ActionTarget) {
    this.target = target;
  }
  handles(): boolean {
    return true;
  }
  perform(request: OperatorRequest): Promise<OperatorResult> {
    return this.target.perform(request.action, request.params);
  }
}

/** How long a slow operator takes per action, and the seed that makes a run repeatable. */
export interface SlowOperatorSettings {
  minMs: number;
  maxMs: number;
  seed: number;
}

/** The reference runs' operator pace (issue 12 section 1): a person takes 0.5-3 s per action. */
export const HUMAN_PACE: SlowOperatorSettings = { minMs: 500, maxMs: 3_000, seed: 12 };

/**
 * An operator that takes a seeded random time (uniform in [minMs, maxMs]) before each action, like a
 * person or a lab rig would: the reference runs use it to prove that no case depends on a
 * machine-speed operator. Same seed, same delays.
 */
export class SlowOperator implements Operator {
  readonly name: string;
  private readonly inner: Operator;
  private readonly settings: SlowOperatorSettings;
  private state: number;
  constructor(inner: Operator, settings: SlowOperatorSettings = HUMAN_PACE) {
    this.inner = inner;
    this.settings = settings;
    this.state = settings.seed >>> 0;
    this.name = `${inner.name} (slow: ${settings.minMs}-${settings.maxMs} ms per action)`;
  }
  get settleMs(): number | undefined {
    return this.inner.settleMs;
  }
  handles(action: string): boolean {
    return this.inner.handles(action);
  }
  /** The next delay: mulberry32, a small seeded PRNG. */
  nextDelayMs(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    const { minMs, maxMs } = this.settings;
    return Math.round(minMs + unit * Math.max(0, maxMs - minMs));
  }
  async perform(request: OperatorRequest): Promise<OperatorResult> {
    const delay = this.nextDelayMs();
    if (delay > 0) await new Promise((resolve) => { setTimeout(resolve, delay); });
    return this.inner.perform(request);
  }
  async close(): Promise<void> {
    await this.inner.close?.();
  }
}

function hookOperator(hook: Hook, config: HarnessConfig, actions?: string[]): Operator {
  const settings = { defaultTimeoutMs: config.timeouts.operatorMs, ...(config.operator.settleMs !== undefined ? { settleMs: config.operator.settleMs } : {}) };
  return 'command' in hook ? new CommandHookOperator(hook, actions, settings) : new HttpHookOperator(hook, actions, settings);
}

export function isInteractive(setting: HarnessConfig['operator']['interactive']): boolean {
  if (setting === true || setting === false) return setting;
  return Boolean(process.stdin.isTTY) && !process.env.CI;
}

/** Per-action hooks first, then the default hook, then the simulator, then a person at the terminal. */
export function buildOperator(config: HarnessConfig, sim?: ActionTarget): Operator {
  const chain: Operator[] = [];
  for (const [action, hook] of Object.entries(config.operator.actions)) chain.push(hookOperator(hook, config, [action]));
  if (config.operator.hook) chain.push(hookOperator(config.operator.hook, config));
  if (sim) chain.push(new SimulatorOperator(sim));
  if (isInteractive(config.operator.interactive)) chain.push(new PromptOperator());
  return new ChainOperator(chain);
}

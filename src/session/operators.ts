import type { HarnessConfig } from '../config/config.js';
import { ChainOperator, CommandHookOperator, HttpHookOperator, PromptOperator, type Hook, type Operator, type OperatorRequest, type OperatorResult } from '../engine/operator.js';

/** Something that performs operator actions by name: a reference simulator, in-process. */
export interface ActionTarget {
  perform(action: string, params: Record<string, unknown>): Promise<OperatorResult>;
}

export class SimulatorOperator implements Operator {
  readonly name = 'reference simulator';
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

function hookOperator(hook: Hook, actions?: string[]): Operator {
  return 'command' in hook ? new CommandHookOperator(hook, actions) : new HttpHookOperator(hook, actions);
}

export function isInteractive(setting: HarnessConfig['operator']['interactive']): boolean {
  if (setting === true || setting === false) return setting;
  return Boolean(process.stdin.isTTY) && !process.env.CI;
}

/** Per-action hooks first, then the default hook, then the simulator, then a person at the terminal. */
export function buildOperator(config: HarnessConfig, sim?: ActionTarget): Operator {
  const chain: Operator[] = [];
  for (const [action, hook] of Object.entries(config.operator.actions)) chain.push(hookOperator(hook, [action]));
  if (config.operator.hook) chain.push(hookOperator(config.operator.hook));
  if (sim) chain.push(new SimulatorOperator(sim));
  if (isInteractive(config.operator.interactive)) chain.push(new PromptOperator());
  return new ChainOperator(chain);
}

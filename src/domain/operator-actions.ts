/**
 * What a case asks an operator for and what it gets back: the one vocabulary of manual steps that
 * the engine, the hooks and the simulators (which perform them in reference runs) share. The named
 * actions and their prompts are engine/operator-actions.ts; performing them is engine/operator.ts.
 */
import type { SutRole } from './role.js';

export interface OperatorRequest {
  action: string;
  params: Record<string, unknown>;
  caseId: string;
  sut: SutRole;
}

export type OperatorResult =
  | { status: 'done'; data?: unknown }
  | { status: 'skipped' | 'unavailable'; reason: string }
  /** The operator ran out of its time (`timeouts.operatorMs` or the hook's own): INCONCLUSIVE, never FAIL. */
  | { status: 'timedOut'; reason: string };

/** Anything that can perform manual steps: a person, a lab rig behind a hook, a simulator. */
export interface Operator {
  readonly name: string;
  handles(action: string): boolean;
  perform(request: OperatorRequest): Promise<OperatorResult>;
  close?(): Promise<void>;
  /** How long to let the SUT settle before a step of this operator (hooks 1 s, simulators 0). */
  readonly settleMs?: number;
}

/** Where a lab rig performs an action: a command (JSON request on stdin) or an HTTP endpoint (JSON POST). */
export interface CommandHook { command: string; timeoutMs?: number }
export interface HttpHook { url: string; timeoutMs?: number; headers?: Record<string, string> }
export type Hook = CommandHook | HttpHook;

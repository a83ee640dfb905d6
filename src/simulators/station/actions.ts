/**
 * Operator actions (src/engine/operator-actions.ts) as the station performs them: the host and
 * each block contribute a table keyed by action name, and `perform()` is a lookup in their union.
 */
import type { OperatorResult } from '../../domain/operator-actions.js';

export interface ActionRequest {
  name: string;
  params: Record<string, unknown>;
  /** The EVSE the action names (1.6: the connector), checked to be an integer; undefined: the station picks. */
  evseId: number | undefined;
}

export type ActionHandler = (request: ActionRequest) => Promise<OperatorResult> | OperatorResult;
export type ActionTable = Readonly<Record<string, ActionHandler>>;

export const unavailable = (reason: string): OperatorResult => ({ status: 'unavailable', reason });
export const done: OperatorResult = { status: 'done' };

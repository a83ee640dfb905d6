/**
 * What the other blocks may use of E Transactions: whether a transaction runs, and ending them (reset, power loss).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { OperatorResult } from '../../../../domain/operator-actions.js';
import type { EvseState } from '../../ports.js';
import type { IdToken } from '../../types.js';
import type { SettingName } from '../../settings.js';

export type EndCause = 'reset-immediate' | 'reset-hard' | 'reset-soft' | 'power-loss';
export type UnplugSide = 'ev' | 'station' | 'both';

/** The transaction engine of the station's version (transactions-16.ts / transactions-201.ts). */
export interface TransactionsPort {
  /** Connector status from the session's point of view; availability is laid over it by the EVSE model. */
  sessionStatus(evse: EvseState, connectorId: number): string;
  hasTransaction(evseId?: number): boolean;
  /** A driver (or, ISO 15118, the EV) presents an idToken; `authorizeExtra`: more AuthorizeRequest fields (C07 contract certificate data). */
  presentIdToken(evse: EvseState | undefined, token: IdToken, authorizeExtra?: Payload): Promise<OperatorResult>;
  /** The transaction running on `evseId` (1.6: connector): its id once the CSMS issued one, and when it started (epoch ms). */
  transactionOn(evseId: number): { transactionId?: string; startedAt: number } | undefined;
  /** Ends every transaction now (reset, power loss), or the one on `evseId` (EVSE reset), queueing the final messages. */
  endAll(cause: EndCause, evseId?: number): void;
  /** TriggerMessage for TransactionEvent / MeterValues: false when there is nothing to send. */
  trigger(requested: 'TransactionEvent' | 'MeterValues', evseId?: number): boolean;
  onSettingChanged(name: SettingName): void;
  /** The EV's readiness for energy changed (K15: an ISO 15118 EV done with its schedule exchange): the charging state is reported (E02.FR.13). 2.0.1 only. */
  refreshCharging?(evseId: number): void;
  /** Forgets every session (after a power cut, once endAll queued the final messages). */
  clear(): void;
}

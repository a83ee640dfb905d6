/**
 * What a case exchanges with its peer, typed per OCPP version and action (src/domain/messages.ts,
 * from typed-ocpp): the calls it receives, the options of its expectations and calls.
 */
import type { Payload } from '../rpc/codec.js';
import type { Action, Request, Response } from '../domain/messages.js';
import type { OcppVersion } from '../domain/version.js';
import type { FrameRecord } from '../domain/records.js';
import type { LinkConnection } from './link.js';

/** A CALL the SUT made, handed to a case: its request payload P, answered with a response payload R. */
export interface ReceivedCall<P = Payload, R = Payload, A extends string = string> {
  readonly action: A;
  readonly payload: P;
  readonly messageId: string;
  readonly t: number;
  readonly frame: FrameRecord | undefined;
  /** True once answered (by the case, or automatically before the case claimed it). */
  readonly answered: boolean;
  respond(payload: R): void;
  respondError(code: string, description?: string): void;
  /** Leave it unanswered on purpose. */
  ignore(): void;
}

/**
 * A received call of action A in version V; for several actions, a union discriminated on `action`
 * (`if (call.action === 'StatusNotification') call.payload.evseId`).
 */
export type Received<V extends OcppVersion, A extends Action<V>> = A extends Action<V> ? ReceivedCall<Request<V, A>, Response<V, A>, A> : never;

export interface ExpectOptions<P> {
  filter?: (payload: P) => boolean;
  timeoutMs?: number;
  /** Requirement id blamed when the call does not come. */
  requirement?: string;
  /** Words for the step log and the failure reason, e.g. "with reason PowerUp". */
  describe?: string;
  /** The call may not come (the caller handles the timeout): no red step in the log when it does not. */
  optional?: boolean;
  /**
   * Only a call on a connection opened at or after this time (ms epoch) counts: the boot that answers
   * a power cycle comes on a new connection, never on the one open when the operator was asked.
   */
  connectedSince?: number;
}

/** Options of `expectNoCall`: a watch of `forMs`, counting calls received since `since` (ms epoch). */
export type NoCallOptions<P> = Omit<ExpectOptions<P>, 'timeoutMs'> & { since?: number };

export interface CallOptions {
  timeoutMs?: number;
  requirement?: string;
}

/** Options of `callRaw`, the untyped call that judges nothing. */
export interface RawCallOptions {
  timeoutMs?: number;
  ignoreInFlight?: boolean;
  messageId?: string;
}

/** A transaction the SUT started that only the default answer accepted (1.6 StartTransaction nobody claimed). */
export interface UntrackedTransaction {
  transactionId: number;
  connectorId: number;
}

/** How one connection attempt of the station ended (CSMS side, `expectConnectionAttempt`). */
export type ConnectionAttempt =
  | { kind: 'connected'; info: LinkConnection['info'] }
  | { kind: 'tlsFailed'; reason: string }
  | { kind: 'refused'; status: number; reason: string };

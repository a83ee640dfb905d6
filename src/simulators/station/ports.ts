/**
 * What the station's modules see of each other: the nouns they share (EVSE state, reservation,
 * authorization decision) and one small port per module with only what the others use. The host
 * (station.ts) hands each module the real objects behind these ports; this file imports no
 * module, so no module's imports lead back to itself (no import cycle).
 */
import type { Payload } from '../../rpc/codec.js';
import type { RpcConnection } from '../../rpc/connection.js';
import type { EnergyMeter } from './meter.js';
import type { SettingName } from './settings.js';
import type { IdToken, RegistrationStatus } from './types.js';

export type OperationalStatus = 'Operative' | 'Inoperative';

export interface ConnectorState {
  id: number;
  availability: OperationalStatus;
  /** Last status sent to the CSMS. */
  reported?: string;
}

export interface EvseState {
  id: number;
  connectors: ConnectorState[];
  availability: OperationalStatus;
  /**
   * The EV side: `plugged` (the EVSE has a connection with the EV), `parked` (the parking bay detector sees an EV),
   * `cableInSocket` (a detachable cable left in the socket after the EV side was unplugged), `lockedFor` (that cable
   * stays locked until this idToken is presented again, E09.FR.03).
   */
  ev: { plugged: boolean; connectorId: number; suspended: boolean; parked?: boolean; cableInSocket?: boolean; lockedFor?: string };
  meter: EnergyMeter;
  faulted: boolean;
  /** 1.6 ChargePointErrorCode reported with the status (NoError when undefined). */
  errorCode?: string;
  /** The cable lock is broken: locking at the start of a transaction and unlocking fail (operator action causeFault ConnectorLockFailure). */
  lockBroken?: boolean;
  /** The EVSE restarts after a Reset with its evseId (B11.FR.08): Unavailable meanwhile. */
  resetting?: boolean;
  /** The reservation on this EVSE (reservation.ts): its idle connectors report Reserved; kept over a reboot (B01.FR.13). */
  reservation?: Reservation;
}

/** An availability change answered Scheduled, applied when the transaction on the EVSE ends (G03.FR.05). */
export interface ScheduledAvailability {
  evseId?: number;
  connectorId?: number;
  status: OperationalStatus;
}

export interface Reservation {
  id: number;
  idToken: string;
  groupIdToken?: string;
  /** Epoch ms of expiryDateTime. */
  expiresAt: number;
}

export interface AuthDecision {
  status: string;
  /** idTokenInfo (2.0.1) / idTagInfo (1.6) the decision is based on. */
  info?: Payload;
  source: 'localList' | 'cache' | 'csms' | 'offline' | 'none';
}

export type EndCause = 'reset-immediate' | 'reset-hard' | 'reset-soft' | 'power-loss';
export type UnplugSide = 'ev' | 'station' | 'both';

/** The EVSE model (evse.ts). */
export interface EvsePort {
  readonly list: EvseState[];
  stationAvailability: OperationalStatus;
  /** A Reset with evseId is pending: statuses wait for it. */
  resetPending: boolean;
  get(id: number): EvseState | undefined;
  isUsable(evse: EvseState): boolean;
  isInoperative(evse: EvseState, connectorId?: number): boolean;
  statusOf(evse: EvseState, connector: ConnectorState): string;
  /** The station's own status (1.6 connectorId 0). */
  stationStatus(): string;
  statusPayload(evseId: number, connectorId: number, status: string): Payload;
  report(evse: EvseState): void;
  reportAll(options?: { force?: boolean; ignoreInFlight?: boolean }): void;
  reportChanged(): void;
  forgetReported(): void;
  transactionEnded(evseId: number): void;
  planAvailability(target: { evseId?: number; connectorId?: number }, status: OperationalStatus): { status: 'Accepted' | 'Scheduled' | 'Rejected'; apply: () => void };
}

/** Authorization (authorization.ts): local list, cache, Authorize. */
export interface AuthorizationPort {
  authorize(token: IdToken): Promise<AuthDecision>;
  groupOf(token: IdToken): string | undefined;
  statusOf(info: Payload | undefined): string;
  remember(token: IdToken, info: Payload): void;
  readonly listEntries: number;
}

/** The transaction engine of the station's version (transactions-16.ts / transactions-201.ts). */
export interface TransactionsPort {
  /** Connector status from the session's point of view; availability is laid over it by the EVSE model. */
  sessionStatus(evse: EvseState, connectorId: number): string;
  hasTransaction(evseId?: number): boolean;
  /** Ends every transaction now (reset, power loss), or the one on `evseId` (EVSE reset), queueing the final messages. */
  endAll(cause: EndCause, evseId?: number): void;
  /** TriggerMessage for TransactionEvent / MeterValues: false when there is nothing to send. */
  trigger(requested: 'TransactionEvent' | 'MeterValues', evseId?: number): boolean;
  onSettingChanged(name: SettingName): void;
  /** Forgets every session (after a power cut, once endAll queued the final messages). */
  clear(): void;
}

/** Certificates and security events (security.ts). */
export interface SecurityPort {
  requestCertificate(use: 'ChargingStationCertificate' | 'V2GCertificate', triggered: boolean): Promise<void>;
  fallBackToOldRoot(): void;
  tlsMaterial(): { ca?: string[]; cert?: string; key?: string };
  onConnected(): void;
  readonly hasStationCertificate: boolean;
  hasRoot(use: 'CSMSRootCertificate' | 'V2GRootCertificate'): boolean;
  event(type: string, techInfo?: string): void;
  readonly certificateCount: number;
}

/** Registration with the CSMS (provisioning.ts). */
export interface RegistrationPort {
  registration: RegistrationStatus;
  /** A transaction ended: a reset waiting for it may go ahead. */
  transactionEnded(): void;
}

/** Network connection profiles (network-profiles.ts). */
export interface NetworkPort {
  readonly active: number;
  reboot(): void;
  invalidPriority(value: string): string | undefined;
}

/** The WebSocket link (connection.ts). */
export interface LinkPort {
  readonly isOnline: boolean;
  restart(mode: 'terminate' | 'close', reason?: string, delayMs?: number): Promise<void>;
  readonly rpc: RpcConnection | undefined;
  lastOutageMs: number;
}

/** The offline queue (outbox.ts). */
export interface OutboxPort {
  kick(): void;
  whenIdle(timeoutMs: number): Promise<boolean>;
  queuedMatching(action: string, match: (payload: Payload) => boolean): number;
  queued(action: string): number;
}

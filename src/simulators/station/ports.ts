/**
 * What the station's host and blocks share: the EVSE nouns (state, connectors, reservation) and
 * the host's own ports (the link and the offline queue). Each block's port is in its folder
 * (blocks/<X>/port.ts). This file imports no block, so no import leads back to it.
 */
import type { Payload } from '../../rpc/codec.js';
import type { RpcConnection } from '../../rpc/connection.js';
import type { EnergyMeter } from './meter.js';

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
  /**
   * `awaitingSchedule`: an ISO 15118 EV that holds back its charging needs (operator action evHoldChargingNeeds): connected,
   * it draws no energy until its charge parameter discovery and schedule exchange are done (K block, iso15118-201.ts).
   */
  ev: { plugged: boolean; connectorId: number; suspended: boolean; parked?: boolean; cableInSocket?: boolean; lockedFor?: string; awaitingSchedule?: boolean };
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
  /**
   * When the connectors report Reserved (absent: at once). A reservation of an unspecified EVSE or a connectorType
   * may be held on this EVSE unshown until every available EVSE is reserved (H01.FR.20 / FR.24;
   * personality quiet-reservations); `never` is H's fault unspecified-reservation-not-shown.
   */
  display?: 'when-all-reserved' | 'never';
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

import type { IncomingCall, CallOutcome } from '../../rpc/connection.js';
import type { Payload } from '../../rpc/codec.js';
import type { TlsOptions } from '../../transport/security.js';
import type { SecurityProfile } from '../../domain/security-profile.js';
import type { LogSink } from '../common/logger.js';
import type { StationBehaviour } from '../personalities.js';

export type StationVersion = '1.6' | '2.0.1';
export type RegistrationStatus = 'Unknown' | 'Pending' | 'Rejected' | 'Accepted';

export interface StationIdentity {
  vendor: string;
  model: string;
  serialNumber?: string;
  firmwareVersion?: string;
}

/** One EVSE and how many connectors it has. 1.6 has no EVSEs: every connector becomes one (numbered 1..n). */
export interface EvseConfig {
  id: number;
  connectors: number;
}

export interface StationTimings {
  /** First reconnect delay after a connection loss or failed attempt; doubles up to `reconnectBackoffMaxMs`. */
  reconnectBackoffMs: number;
  reconnectBackoffMaxMs: number;
  /** BootNotification retry when the CSMS gave no usable interval (no answer, CALLERROR, interval 0). */
  bootRetryMs: number;
  /** How long a CALL of the station waits for its answer. */
  callTimeoutMs: number;
  /** WebSocket handshake timeout. */
  handshakeTimeoutMs: number;
  /** Upper bound for waiting on queued transaction messages before a reset reboots anyway. */
  resetFlushMs: number;
}

export interface StationOptions {
  /** CSMS endpoint base URL; the station id is appended. */
  url: string;
  version: StationVersion;
  stationId: string;
  /** 0 (default): plain ws, 1: Basic auth, 2: Basic auth over TLS, 3: mutual TLS. */
  securityProfile?: SecurityProfile;
  /** Basic-auth password (profiles 1-2): BasicAuthPassword (2.0.1) / AuthorizationKey (1.6). */
  password?: string;
  /** TLS material and knobs (profiles 2-3). */
  tls?: TlsOptions;
  /** A PKI folder (`certs init`): CSMS root as trust anchor, `station` certificate and key for profile 3. */
  certsDir?: string;
  /** Default: one EVSE with one connector. */
  evses?: EvseConfig[];
  identity?: Partial<StationIdentity>;
  /** Fault names (see `src/simulators/faults.ts`, role station). */
  faults?: string[];
  /**
   * Part 5 optional features to offer (its ICS claim), for those the station can also do without
   * (C-13 reset per EVSE, C-56 SummaryInventory, C-47 reconnecting after all network profiles failed). Default: all.
   */
  features?: string[];
  /** 1.6 feature profiles it has (its ICS claim); default: all. Without Reservation, ReserveNow is Rejected (5.13). */
  profiles?: string[];
  /** Heartbeat interval (s) used until a BootNotificationResponse sets one (default 300). */
  heartbeatInterval?: number;
  /** Meter sample interval (s) during transactions (TxUpdatedInterval / MeterValueSampleInterval); default 60. */
  meterValueSampleInterval?: number;
  /** 1.6: the connectors have a permanently attached cable (UnlockConnector answers NotSupported; errata 3.84). */
  fixedCable?: boolean;
  /** 1.6: on a power cut, backup power lets the station send StopTransaction before it goes down (TC_032_1). */
  stopTransactionsBeforePowerDown?: boolean;
  /** One line per message and per event. */
  log?: LogSink;
  timings?: Partial<StationTimings>;
  /** Conformant choices (src/simulators/personalities.ts); default: the default personality. */
  behaviour?: Partial<StationBehaviour>;
}

export interface ResolvedStationOptions {
  url: string;
  version: StationVersion;
  stationId: string;
  securityProfile: SecurityProfile;
  password: string | undefined;
  tls: TlsOptions;
  certsDir: string | undefined;
  evses: EvseConfig[];
  identity: Required<StationIdentity>;
  /** Checked names (options.ts); the host types them again for its FaultSet. */
  faults: readonly string[];
  features: readonly string[] | undefined;
  profiles: readonly string[] | undefined;
  heartbeatInterval: number;
  meterValueSampleInterval: number;
  fixedCable: boolean;
  stopTransactionsBeforePowerDown: boolean;
  log: LogSink | undefined;
  timings: StationTimings;
  behaviour: StationBehaviour;
}

export const DEFAULT_TIMINGS: StationTimings = {
  reconnectBackoffMs: 200,
  reconnectBackoffMaxMs: 5_000,
  bootRetryMs: 2_000,
  callTimeoutMs: 10_000,
  handshakeTimeoutMs: 5_000,
  resetFlushMs: 5_000,
};

/** An id token as the station handles it; 1.6 id tags carry type ISO14443. */
export interface IdToken {
  idToken: string;
  type: string;
}

/** What a handler for a CSMS CALL returns: the CALLRESULT payload or a CALLERROR, and work to do after answering. */
export type HandlerResult =
  | { payload: Payload; after?: () => unknown }
  | { error: { code: string; description: string }; after?: undefined };

export type CallHandler = (payload: Payload, call: IncomingCall) => HandlerResult | Promise<HandlerResult>;

/** Handlers keyed by action; later modules add entries. */
export type HandlerTable = Record<string, CallHandler>;

/** A CALL of the station: what the RPC layer reported, or why it was never sent. */
export type StationOutcome = CallOutcome | { kind: 'dropped'; reason: string };

export interface SendOptions {
  /**
   * Transaction-related / guaranteed-delivery message: queued while offline or not yet accepted,
   * delivered in order, retried on error.
   */
  queue?: boolean;
  /** Sent on request of the CSMS (TriggerMessage, GetBaseReport...): allowed before Accepted. */
  triggered?: boolean;
  /** Bypass the registration gate (faults that send while Pending/Rejected). */
  force?: boolean;
  /** Do not wait for the previous CALL's answer (fault second-call-while-pending). */
  ignoreInFlight?: boolean;
  /** Called with the final outcome of a queued message (e.g. to read a transactionId). */
  onOutcome?: (outcome: StationOutcome) => void;
}

/** A payload, or a function building it when the message is actually sent (queued messages that need a late value). */
export type PayloadSource = Payload | (() => Payload);

export function isResult(o: StationOutcome): o is Extract<CallOutcome, { kind: 'result' }> {
  return o.kind === 'result';
}

export function resultPayload(o: StationOutcome): Payload | undefined {
  return o.kind === 'result' ? o.payload : undefined;
}

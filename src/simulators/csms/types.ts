import type { IncomingCall, RpcConnection } from '../../rpc/connection.js';
import type { Payload } from '../../rpc/codec.js';
import type { OcppVersion } from '../../rpc/versions.js';
import type { ConnectionInfo } from '../../transport/server.js';
import type { TlsOptions } from '../../transport/security.js';
import type { SecurityProfile } from '../../domain/security-profile.js';
import type { LogLevel } from '../common/logger.js';
import type { CsmsBehaviour } from '../personalities.js';

export type { LogLevel };

export type BootStatus = 'Accepted' | 'Pending' | 'Rejected';

/** A station the CSMS knows. */
export interface StationConfig {
  id: string;
  /** Basic-auth password (security profiles 1-2); falls back to the CSMS-wide `password`. */
  password?: string;
  /** How BootNotification is answered (default Accepted). */
  bootStatus?: BootStatus;
  /** Answers the next BootNotification only, then `bootStatus` applies again (a CSMS "configured to first respond Pending"). */
  nextBootStatus?: BootStatus;
  /** DeviceDataCtrlr.ItemsPerMessage[GetVariables] as the station reported it (B06.FR.05). */
  itemsPerMessageGetVariables?: number;
  /** The highest security profile the station connected with: lower ones are refused (A05.FR.07). */
  minSecurityProfile?: SecurityProfile;
  /** I02/I03: the energy tariff the station's transactions are charged at, per kWh (configureCsms energyTariff). */
  energyTariffPerKWh?: number;
}

/** An id token the CSMS knows. Status is spelled as the station's OCPP version spells it (1.6 has no Unknown). */
export interface IdTokenConfig {
  idToken: string;
  /** 2.0.1 IdTokenEnumType (default ISO14443). */
  type?: string;
  status: string;
  groupIdToken?: string;
  /** ISO 8601; when past, the token answers Expired. */
  expiryDate?: string;
}

/** The PKI material the CSMS uses: `src/pki` (`loadPki`/`ensurePki`) fits, as does any object of this shape. */
export interface CsmsPki {
  get(role: string): { certPem: string; keyPem: string };
  chainPem(role: string): string;
}

export interface ReferenceCsmsOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) = any free port. */
  port?: number;
  /** Versions accepted, in order of preference. */
  versions: OcppVersion[];
  /** Default 0 (plain ws, test labs only). */
  securityProfile?: SecurityProfile;
  /** TLS material (profiles 2-3); without it `pki` or `certsDir` supply it. */
  tls?: TlsOptions;
  /** A PKI folder written by `certs init`; loaded with `src/pki`. */
  certsDir?: string;
  /** A loaded PKI (takes precedence over `certsDir`). Used for TLS and to sign CSRs. */
  pki?: CsmsPki;
  /** Without `pki` or `certsDir`: loads a PKI on first need (signing a CSR under profile 0 or 1). */
  loadPki?: () => Promise<CsmsPki>;
  /** Profiles 1-2: also listen with the next security profile, for stations upgraded by SetNetworkProfile (A05). Needs a PKI. */
  upgradeEndpoint?: boolean;
  /** The CSO name: when set, profile-3 client certificates must carry it in O (A00.FR.404). */
  organization?: string;
  /** Which server certificate to present (default rsa). */
  serverCert?: 'rsa' | 'ecdsa';
  /** Known stations. Omitted: any station id is accepted (a manufacturer pointing a charger at it). */
  stations?: StationConfig[];
  /** Basic-auth password for stations without their own. */
  password?: string;
  idTokens?: IdTokenConfig[];
  /** Heartbeat interval (s) sent in BootNotification Accepted (default 300). */
  heartbeatInterval?: number;
  /** Retry interval (s) sent with Pending/Rejected (default 30). */
  bootRetryInterval?: number;
  /** Names from CSMS_FAULTS. */
  faults?: string[];
  /** One line per message and per notable event. */
  log?: (line: string, level: LogLevel) => void;
  /** Timeout of CALLs the CSMS sends (default 30 s). */
  callTimeoutMs?: number;
  /** The CSMS clock (tests). */
  now?: () => Date;
  /** Conformant choices (src/simulators/personalities.ts); default: the default personality. */
  behaviour?: Partial<CsmsBehaviour>;
}

export interface TransactionRecord {
  stationId: string;
  /** 2.0.1: the station's id; 1.6: the integer the CSMS issued, as a string. */
  transactionId: string;
  state: 'Active' | 'Ended';
  evseId?: number;
  connectorId?: number;
  idToken?: string;
  remoteStartId?: number;
  startedAt: string;
  endedAt?: string;
  meterStart?: number;
  meterStop?: number;
  stoppedReason?: string;
  /** 2.0.1: seqNo of the last TransactionEvent. */
  lastSeqNo?: number;
  /** 2.0.1: seqNo values that were skipped (TransactionEvent messages that never arrived). */
  seqNoGaps: number[];
  events: number;
}

export interface BootRecord {
  request: Payload;
  response: Payload;
  t: number;
}

/** One connected station, as the CSMS sees it. */
export interface StationSession {
  readonly stationId: string;
  readonly version: OcppVersion;
  readonly rpc: RpcConnection;
  readonly info: ConnectionInfo;
  /** The status of the last BootNotification answer; 'None' before any. */
  registration: 'None' | BootStatus;
  lastBoot: BootRecord | undefined;
  /** Actions the station may send while not Accepted because the CSMS asked for them (TriggerMessage, GetBaseReport, GetReport). */
  readonly triggered: Set<string>;
  /** Connector status by `evseId/connectorId` (1.6: `connectorId`). */
  readonly connectorStatus: Map<string, string>;
  lastHeartbeatAt: number | undefined;
  readonly connectedAt: number;
}

/** What a handler answers: a CALLRESULT payload, a CALLERROR, or nothing at all. */
export type Reply =
  | { payload: Payload }
  | { error: { code: string; description: string; details?: Payload } }
  | { silent: true };

/**
 * What the per-area modules see of the CSMS. `F` is the fault names the reader may ask about: a
 * block's own (block-host.ts), the whole list's in the kernel (`CsmsState<CsmsFaultName>`).
 */
export interface CsmsState<F extends string = string> {
  /** C Authorization, for the other blocks: the idTokenInfo / idTagInfo the CSMS answers for a token. */
  readonly authorization: AuthorizationPort;
  readonly stationConfig: (stationId: string) => StationConfig | undefined;
  /** True when no station list was configured: any station id is welcome. */
  readonly acceptsAnyStation: boolean;
  /** Remembers a station's registration across reconnections. */
  readonly registered: (stationId: string, status: BootStatus) => void;
  readonly idToken: (value: string) => IdTokenConfig | undefined;
  readonly idTokens: () => readonly IdTokenConfig[];
  readonly transactions: Map<string, TransactionRecord>;
  /** A method, so a block's narrower state still passes where any state is taken. */
  hasFault(name: F): boolean;
  readonly heartbeatInterval: number;
  readonly bootRetryInterval: number;
  readonly now: () => Date;
  readonly nextTransactionId: () => number;
  readonly pki: CsmsPki | undefined;
  /** The PKI, loading it first when the CSMS was given `loadPki` only. */
  readonly loadPki: () => Promise<CsmsPki | undefined>;
  /** The security profile of the main endpoint. */
  readonly securityProfile: SecurityProfile;
  /** The base URL of the endpoint with this security profile, if the CSMS has one (A05). */
  readonly endpointFor: (profile: SecurityProfile) => string | undefined;
  readonly log: (line: string, level?: LogLevel) => void;
  /** Sends a CALL to a station (the same path as `ReferenceCsms.send`). */
  readonly send: (stationId: string, action: string, payload: Payload) => Promise<unknown>;
  readonly emit: (event: string, value: unknown) => boolean;
}

export interface CsmsContext<F extends string = string> {
  readonly version: OcppVersion;
  readonly session: StationSession;
  readonly csms: CsmsState<F>;
  readonly call: IncomingCall;
  /** Runs `task` once the reply is on the wire (e.g. CertificateSigned after SignCertificate). */
  readonly after: (task: () => Promise<unknown> | unknown) => void;
}

export type CallHandler<F extends string = string> = (payload: Payload, ctx: CsmsContext<F>) => Reply | Promise<Reply>;

/** Handlers keyed by action; a module may serve both versions and branch on `ctx.version`. */
export type HandlerTable<F extends string = string> = Readonly<Record<string, CallHandler<F>>>;

export const ok = (payload: Payload = {}): Reply => ({ payload });
export const callError = (code: string, description: string): Reply => ({ error: { code, description } });

/** What a default-payload builder may use. */
export interface RequestContext<F extends string = string> {
  version: OcppVersion;
  stationId: string;
  csms: CsmsState<F>;
  /** A fresh requestId / remoteStartId / reservation id. */
  nextRequestId: () => number;
}

/** The default payload of one CSMS->station message; the operator's hint goes on top of it. */
export type RequestBuilder<F extends string = string> = (ctx: RequestContext<F>, hint: Payload) => Payload;

/** What the control endpoint reports of the CSMS (GET /status). */
export interface CsmsSnapshot {
  url: string | undefined;
  versions: string[];
  securityProfile: SecurityProfile;
  faults: string[];
  stations: Array<{
    stationId: string; version: string; registration: string; connectedAt: string; lastHeartbeatAt?: string;
    connectorStatus: Record<string, string>; lastBoot?: BootRecord;
  }>;
  transactions: TransactionRecord[];
}

/** The station's most recent transaction still running, if any. */
export function liveTransaction(transactions: ReadonlyMap<string, TransactionRecord>, stationId: string): TransactionRecord | undefined {
  let live: TransactionRecord | undefined;
  for (const t of transactions.values()) if (t.stationId === stationId && t.state === 'Active') live = t;
  return live;
}

/** What the other blocks may use of C Authorization (E: TransactionEvent, Start/StopTransaction). */
export interface AuthorizationPort {
  idTokenInfo(ctx: CsmsContext, idToken: { idToken?: unknown; type?: unknown }, status?: string): Payload;
  idTagInfo(ctx: CsmsContext, idTag: string, status?: string): Payload;
}

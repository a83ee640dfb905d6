import { EventEmitter } from 'node:events';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Operator, OperatorRequest, OperatorResult } from '../../engine/operator.js';
import { HarnessError } from '../../errors.js';
import { loadPki } from '../../pki/store.js';
import type { CallOutcome, IncomingCall } from '../../rpc/connection.js';
import type { Payload } from '../../rpc/codec.js';
import { subprotocolOf } from '../../rpc/versions.js';
import { OcppServer, type AcceptedConnection, type AuthRequest, type RejectedUpgrade } from '../../transport/server.js';
import { usesBasicAuth, usesTls, type SecurityProfile } from '../../transport/security.js';
import { startControlServer, type ControlServer } from '../common/control-server.js';
import { formatFrame, maskSecrets } from '../common/logger.js';
import { admit, triggeredAction } from './admission.js';
import { joinGetVariablesOutcomes, learnFromAnswer, splitGetVariables } from './answers.js';
import { authorizationHandlers } from './authorization.js';
import { afterAnswer16, CORE16_WRAPPERS, sentAction16 } from './core-16.js';
import { CSMS_FAULTS, csmsFault, isCsmsFault, type CsmsFaultName } from './faults.js';
import { innerProfile, LenientGate, needsGate } from './gate.js';
import { provisioningHandlers } from './provisioning.js';
import { buildRequest } from './requests.js';
import { securityHandlers } from './security.js';
import { resolveTls } from './tls.js';
import { pause, withOptionalFields } from './personality.js';
import { DEFAULT_CSMS_BEHAVIOUR, type CsmsBehaviour } from '../personalities.js';
import { liveTransaction, transactionHandlers } from './transactions.js';
import {
  callError, ok, type BootRecord, type BootStatus, type CallHandler, type CsmsContext, type CsmsPki, type CsmsState, type IdTokenConfig,
  type LogLevel, type Reply, type ReferenceCsmsOptions, type StationConfig, type StationSession, type TransactionRecord,
} from './types.js';

/** Every station CALL the reference CSMS answers, by action. Other engineers add their blocks' modules here. */
const HANDLER_MODULES = [provisioningHandlers, authorizationHandlers, transactionHandlers, securityHandlers];

/** CSMS-initiated messages a CSMS does not send while the station is Pending (1.6 4.2, 2.0.1 B02.FR.05). */
const NOT_WHILE_PENDING = new Set(['RemoteStartTransaction', 'RemoteStopTransaction', 'RequestStartTransaction', 'RequestStopTransaction']);

const BOOT_STATUSES: readonly BootStatus[] = ['Accepted', 'Pending', 'Rejected'];

/** An answer to a call, reduced to what an operator hook or a log needs. */
export type OutcomeSummary =
  | { kind: 'result'; payload: Payload }
  | { kind: 'error'; errorCode: string; errorDescription: string }
  | { kind: 'timeout' | 'closed' };

export function summarizeOutcome(o: CallOutcome): OutcomeSummary {
  if (o.kind === 'result') return { kind: 'result', payload: o.payload };
  if (o.kind === 'error') return { kind: 'error', errorCode: o.errorCode, errorDescription: o.errorDescription };
  return { kind: o.kind };
}

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

function sameSecret(a: string, b: string): boolean {
  const h = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(h(a), h(b));
}

/**
 * The reference CSMS: an OCPP 1.6 / 2.0.1 central system written from the specification, the
 * default SUT of CSMS-role cases and a tool to point a real charger at. Behaviour lives in small
 * per-area handler modules keyed by action; switchable faults (CSMS_FAULTS) each break one requirement.
 *
 * Events: 'listening' ({url, port}), 'connection' (StationSession), 'disconnect' ({stationId, code, reason}),
 * 'rejected' (RejectedUpgrade), 'tlsError' (HarnessError), 'call' ({stationId, action, payload, reply}) once answered,
 * 'sent' ({stationId, action, payload, outcome}), 'boot' ({stationId, status, request, response}),
 * 'transaction' ({record, eventType, request}), 'finding' ({stationId, finding}).
 */
export class ReferenceCsms extends EventEmitter {
  readonly options: Readonly<ReferenceCsmsOptions>;
  readonly securityProfile: SecurityProfile;
  private readonly faults: Set<CsmsFaultName>;
  /** undefined: no list configured, any station id is welcome. */
  private readonly stationList: Map<string, StationConfig> | undefined;
  /** Settings for stations of an open CSMS (configureCsms). */
  private readonly openStations = new Map<string, StationConfig>();
  private readonly tokens = new Map<string, IdTokenConfig>();
  private readonly registrations = new Map<string, BootStatus>();
  private readonly boots = new Map<string, BootRecord>();
  private readonly txTable = new Map<string, TransactionRecord>();
  private readonly sessions = new Map<string, StationSession>();
  private readonly handlers = new Map<string, CallHandler>();
  private heartbeatInterval: number;
  private readonly behaviour: CsmsBehaviour;
  private bootRetryInterval: number;
  private txCounter = 0;
  private requestCounter = 0;
  private pki: CsmsPki | undefined;
  private server: OcppServer | undefined;
  private gate: LenientGate | undefined;
  /** A05: the endpoint with the next security profile, for stations upgraded by SetNetworkProfile. */
  private upgrade: OcppServer | undefined;
  private control: ControlServer | undefined;
  private readonly state: CsmsState;

  constructor(options: ReferenceCsmsOptions) {
    super();
    this.options = options;
    if (!options.versions.length) throw new HarnessError('OCPPH_ERR_CONFIG', 'the reference CSMS needs at least one OCPP version');
    this.securityProfile = options.securityProfile ?? 0;
    this.faults = new Set();
    for (const name of options.faults ?? []) {
      if (!isCsmsFault(name)) throw new HarnessError('OCPPH_ERR_CONFIG', `unknown CSMS fault '${name}'; known: ${CSMS_FAULTS.map((f) => f.name).join(', ')}`);
      this.faults.add(name);
    }
    this.stationList = options.stations ? new Map(options.stations.map((s) => [s.id, { ...s }])) : undefined;
    for (const t of options.idTokens ?? []) this.tokens.set(t.idToken, { ...t });
    this.behaviour = { ...DEFAULT_CSMS_BEHAVIOUR, ...(options.behaviour ?? {}) };
    // Personality short-heartbeat: the interval is the CSMS's choice (B01.FR.04, G02.FR.01; 1.6 4.2).
    this.heartbeatInterval = this.behaviour.heartbeatInterval ?? options.heartbeatInterval ?? 300;
    this.bootRetryInterval = options.bootRetryInterval ?? 30;
    for (const table of HANDLER_MODULES) for (const [action, handler] of Object.entries(table)) this.handlers.set(action, handler);
    // OCPP 1.6 Core faults wrap whatever the modules registered (core-16.ts).
    for (const [action, wrap] of Object.entries(CORE16_WRAPPERS)) this.handlers.set(action, wrap(this.handlers.get(action)));
    this.state = this.makeState();
  }

  // --- lifecycle ---------------------------------------------------------------------------------

  async start(): Promise<{ url: string; port: number }> {
    if (this.server) throw new HarnessError('OCPPH_ERR_SIMULATOR', 'the reference CSMS is already started');
    for (const name of this.faults) {
      const spec = csmsFault(name);
      if (spec && !this.options.versions.some((v) => spec.versions.includes(v))) this.log(`fault ${name} has no effect on OCPP ${this.options.versions.join('/')}`, 'warn');
    }
    this.pki = this.options.pki ?? (this.options.certsDir ? loadPki(this.options.certsDir) : undefined);
    const profile = this.securityProfile;
    const tls = resolveTls({
      profile, hasFault: (n) => this.faults.has(n),
      ...(this.options.tls ? { tls: this.options.tls } : {}), ...(this.pki ? { pki: this.pki } : {}), ...(this.options.serverCert ? { serverCert: this.options.serverCert } : {}),
    });
    const host = this.options.host ?? '127.0.0.1';
    const common = {
      versions: this.options.versions,
      authenticate: (req: AuthRequest) => this.authenticate(req),
      ...(this.options.callTimeoutMs ? { callTimeoutMs: this.options.callTimeoutMs } : {}),
    };
    let server: OcppServer;
    if (needsGate(profile, (n) => this.faults.has(n))) {
      server = new OcppServer({ ...common, host: '127.0.0.1', port: 0, securityProfile: innerProfile(profile) });
      await server.listen();
      const gate = new LenientGate({
        host, port: this.options.port ?? 0, profile, tls, innerPort: server.port, hasFault: (n) => this.faults.has(n),
        ...(this.options.organization !== undefined ? { organization: this.options.organization } : {}),
        passwordFor: (id) => this.stationConfig(id)?.password ?? this.options.password,
        ...(this.options.versions[0] ? { subprotocol: subprotocolOf(this.options.versions[0]) } : {}),
      });
      gate.on('rejected', (r: RejectedUpgrade) => this.onRejected(r));
      gate.on('tlsError', (e: HarnessError) => this.onTlsError(e));
      this.gate = gate;
      try {
        await gate.listen();
      } catch (err) {
        await server.close();
        this.gate = undefined;
        throw err;
      }
    } else {
      server = new OcppServer({ ...common, host, port: this.options.port ?? 0, securityProfile: profile, ...(tls ? { tls } : {}) });
      await server.listen();
    }
    this.server = server;
    server.on('connection', (c: AcceptedConnection) => this.onConnection(c));
    server.on('rejected', (r: RejectedUpgrade) => this.onRejected(r));
    server.on('tlsError', (e: HarnessError) => this.onTlsError(e));
    const where = { url: this.url, port: this.port };
    this.log(`reference CSMS listening on ${where.url}/<stationId> (OCPP ${this.options.versions.join(', ')}, security profile ${profile}${this.faults.size ? `, faults: ${[...this.faults].join(', ')}` : ''})`, 'info');
    if (this.options.upgradeEndpoint && (profile === 1 || profile === 2)) await this.startUpgradeEndpoint((profile + 1) as SecurityProfile, host);
    this.emit('listening', where);
    return where;
  }

  /** A05 (upgrade the security profile): a second endpoint, with the next security profile, sharing everything else. */
  private async startUpgradeEndpoint(profile: SecurityProfile, host: string): Promise<void> {
    this.pki ??= await this.options.loadPki?.();
    const tls = resolveTls({
      profile, hasFault: (n) => this.faults.has(n),
      ...(this.options.tls ? { tls: this.options.tls } : {}), ...(this.pki ? { pki: this.pki } : {}), ...(this.options.serverCert ? { serverCert: this.options.serverCert } : {}),
    });
    const server = new OcppServer({
      versions: this.options.versions, authenticate: (req: AuthRequest) => this.authenticate(req, profile),
      ...(this.options.callTimeoutMs ? { callTimeoutMs: this.options.callTimeoutMs } : {}),
      host, port: 0, securityProfile: profile, ...(tls ? { tls } : {}),
    });
    await server.listen();
    server.on('connection', (c: AcceptedConnection) => this.onConnection(c));
    server.on('rejected', (r: RejectedUpgrade) => this.onRejected(r));
    server.on('tlsError', (e: HarnessError) => this.onTlsError(e));
    this.upgrade = server;
    this.log(`reference CSMS also listening on ${server.url}/<stationId> with security profile ${profile}, for upgraded stations (A05)`, 'info');
  }

  /** The base URL of the endpoint with this security profile (the main one, or the A05 upgrade endpoint). */
  endpointFor(profile: SecurityProfile): string | undefined {
    if (!this.server) return undefined;
    if (profile === this.securityProfile) return this.url;
    const upgrade = this.upgrade;
    return upgrade && profile === this.securityProfile + 1 ? upgrade.url : undefined;
  }

  /**
   * Opens the HTTP control endpoint on loopback (`POST /operator {action, params, caseId}`,
   * `GET /status`): the operator actions of `perform`, for a run in another process. Closed by stop().
   */
  async startControl(port = 0): Promise<ControlServer> {
    if (this.control) return this.control;
    this.control = await startControlServer({
      host: '127.0.0.1',
      port,
      perform: (req) => this.perform(req.action, req.params),
      status: () => this.snapshot(),
      log: (line) => this.log(line, 'info'),
    });
    return this.control;
  }

  async stop(): Promise<void> {
    const server = this.server;
    const gate = this.gate;
    const control = this.control;
    const upgrade = this.upgrade;
    this.server = undefined;
    this.gate = undefined;
    this.control = undefined;
    this.upgrade = undefined;
    await control?.close();
    await gate?.close();
    await upgrade?.close();
    await server?.close();
    this.sessions.clear();
  }

  /** Base URL; a station connects to `${url}/${stationId}`. */
  get url(): string {
    if (!this.server) throw new HarnessError('OCPPH_ERR_SIMULATOR', 'the reference CSMS is not started');
    if (!this.gate) return this.server.url;
    const host = this.options.host ?? '127.0.0.1';
    return `${usesTls(this.securityProfile) ? 'wss' : 'ws'}://${host.includes(':') ? `[${host}]` : host}:${this.gate.port}/ocpp`;
  }

  get port(): number {
    if (!this.server) throw new HarnessError('OCPPH_ERR_SIMULATOR', 'the reference CSMS is not started');
    return this.gate ? this.gate.port : this.server.port;
  }

  // --- state -------------------------------------------------------------------------------------

  connectedStations(): string[] {
    return [...this.sessions.keys()];
  }

  session(stationId: string): StationSession | undefined {
    return this.sessions.get(stationId);
  }

  /** Transactions seen, oldest first; one station's when `stationId` is given. */
  transactions(stationId?: string): TransactionRecord[] {
    return [...this.txTable.values()].filter((t) => stationId === undefined || t.stationId === stationId);
  }

  liveTransaction(stationId: string): TransactionRecord | undefined {
    return liveTransaction(this.txTable, stationId);
  }

  /** The last BootNotification of a station (kept across reconnections). */
  lastBoot(stationId: string): BootRecord | undefined {
    return this.boots.get(stationId);
  }

  registration(stationId: string): BootStatus | 'None' {
    return this.registrations.get(stationId) ?? 'None';
  }

  activeFaults(): string[] {
    return [...this.faults];
  }

  snapshot(): CsmsSnapshot {
    return {
      url: this.server ? this.url : undefined,
      versions: [...this.options.versions],
      securityProfile: this.securityProfile,
      faults: this.activeFaults(),
      stations: [...this.sessions.values()].map((s) => ({
        stationId: s.stationId, version: s.version, registration: s.registration, connectedAt: new Date(s.connectedAt).toISOString(),
        ...(s.lastHeartbeatAt ? { lastHeartbeatAt: new Date(s.lastHeartbeatAt).toISOString() } : {}),
        connectorStatus: Object.fromEntries(s.connectorStatus), ...(s.lastBoot ? { lastBoot: s.lastBoot } : {}),
      })),
      transactions: this.transactions(),
    };
  }

  /** Adds or replaces the handler of a station CALL. */
  handle(action: string, handler: CallHandler): void {
    this.handlers.set(action, handler);
  }

  // --- configuration (configureCsms) -------------------------------------------------------------

  setBootStatus(stationId: string, status: BootStatus): void {
    if (!BOOT_STATUSES.includes(status)) throw new HarnessError('OCPPH_ERR_USAGE', `bootStatus must be one of ${BOOT_STATUSES.join(', ')}, got ${String(status)}`);
    this.stationEntry(stationId).bootStatus = status;
  }

  setPassword(stationId: string, password: string): void {
    this.stationEntry(stationId).password = password;
  }

  setIdToken(token: IdTokenConfig): void {
    if (!token.idToken || !token.status) throw new HarnessError('OCPPH_ERR_USAGE', 'an id token needs idToken and status');
    this.tokens.set(token.idToken, { ...token });
  }

  removeIdToken(idToken: string): void {
    this.tokens.delete(idToken);
  }

  setFault(name: string, enabled = true): void {
    if (!isCsmsFault(name)) throw new HarnessError('OCPPH_ERR_USAGE', `unknown CSMS fault '${name}'`);
    if (enabled) this.faults.add(name);
    else this.faults.delete(name);
  }

  /**
   * The `configureCsms` operator action. Settings: bootStatus (Accepted|Pending|Rejected), nextBootStatus (the same, for the next boot only), password,
   * idTokenStatus / idToken ({idToken, status, type?, groupIdToken?}), removeIdToken, heartbeatInterval,
   * bootRetryInterval, fault / clearFault (a fault name; TLS and connection faults apply from the next start).
   */
  configure(setting: string, value: unknown, stationId?: string): void {
    switch (setting) {
      case 'bootStatus':
        return this.setBootStatus(this.targetStation(stationId, setting), value as BootStatus);
      case 'nextBootStatus': {
        // Only the next BootNotification (B02/B03 "configured to first respond Pending or Rejected").
        if (!BOOT_STATUSES.includes(value as BootStatus)) throw new HarnessError('OCPPH_ERR_USAGE', `nextBootStatus must be one of ${BOOT_STATUSES.join(', ')}, got ${String(value)}`);
        this.stationEntry(this.targetStation(stationId, setting)).nextBootStatus = value as BootStatus;
        return;
      }
      case 'password':
        if (typeof value !== 'string' || !value) throw new HarnessError('OCPPH_ERR_USAGE', 'password must be a non-empty string');
        return this.setPassword(this.targetStation(stationId, setting), value);
      case 'idToken':
      case 'idTokenStatus': {
        const t = value as Partial<IdTokenConfig> | undefined;
        if (typeof t !== 'object' || t === null || typeof t.idToken !== 'string' || typeof t.status !== 'string') {
          throw new HarnessError('OCPPH_ERR_USAGE', `${setting} needs a value {idToken, status, type?, groupIdToken?}`);
        }
        return this.setIdToken(t as IdTokenConfig);
      }
      case 'removeIdToken':
        return this.removeIdToken(String(value));
      case 'heartbeatInterval':
      case 'bootRetryInterval': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0) throw new HarnessError('OCPPH_ERR_USAGE', `${setting} must be a whole number of seconds`);
        if (setting === 'heartbeatInterval') this.heartbeatInterval = n;
        else this.bootRetryInterval = n;
        return;
      }
      case 'fault':
        return this.setFault(String(value), true);
      case 'clearFault':
        return this.setFault(String(value), false);
      default:
        throw new HarnessError('OCPPH_ERR_USAGE', `the reference CSMS has no setting '${setting}' (bootStatus, nextBootStatus, password, idTokenStatus, removeIdToken, heartbeatInterval, bootRetryInterval, fault, clearFault)`);
    }
  }

  // --- CSMS-initiated messages (csmsSend) --------------------------------------------------------

  /**
   * Sends a CALL to a connected station and resolves with its answer (never rejects for what the
   * station does). Throws OCPPH_ERR_NOT_CONNECTED, or OCPPH_ERR_SIMULATOR when the station's
   * registration forbids the message (B03.FR.03, 1.6 4.2 / B02.FR.05).
   */
  async send(stationId: string, action: string, payload: Payload, options: { timeoutMs?: number } = {}): Promise<CallOutcome> {
    const session = this.sessions.get(stationId);
    if (!session || !session.rpc.isOpen) throw new HarnessError('OCPPH_ERR_NOT_CONNECTED', `station ${stationId} is not connected to the reference CSMS`);
    if (session.registration === 'Rejected' && !this.faults.has('sends-while-rejected')) {
      throw new HarnessError('OCPPH_ERR_SIMULATOR', `station ${stationId} is Rejected: a CSMS initiates no messages to it (B03.FR.03)`);
    }
    if (session.registration === 'Pending' && NOT_WHILE_PENDING.has(action)) {
      throw new HarnessError('OCPPH_ERR_SIMULATOR', `station ${stationId} is Pending: accept it before sending ${action} (B02.FR.05, 1.6 4.2)`);
    }
    const triggered = triggeredAction(session.version, action, payload);
    if (triggered) session.triggered.add(triggered);
    const overlap = this.faults.has('second-call-while-pending');
    const timeout = options.timeoutMs ? { timeoutMs: options.timeoutMs } : {};
    const first = session.rpc.call(action, payload, { ...timeout, ...(overlap ? { ignoreInFlight: true } : {}) });
    if (overlap) {
      // The fault: a second CALL right behind the first, before either is answered.
      session.triggered.add('Heartbeat');
      void session.rpc.call('TriggerMessage', { requestedMessage: 'Heartbeat' }, { ...timeout, ignoreInFlight: true });
    }
    const outcome = await first;
    learnFromAnswer({ csms: this.state, stationId, session: this.sessions.get(stationId), entry: () => this.stationEntry(stationId) }, action, payload, outcome);
    afterAnswer16(this.sessions.get(stationId), (n) => this.faults.has(n), action, payload, outcome, () => this.send(stationId, action, payload, options));
    this.emit('sent', { stationId, action, payload, outcome });
    return outcome;
  }

  /** The default payload of `action` for a station, with `hint` fields on top (and request faults applied). */
  buildRequest(stationId: string, action: string, hint: Payload = {}): Payload {
    const session = this.sessions.get(stationId);
    const version = session?.version ?? this.options.versions[0] ?? '2.0.1';
    return buildRequest({ version, stationId, csms: this.state, nextRequestId: () => ++this.requestCounter }, action, hint);
  }

  /** Builds the default payload (hint on top) and sends it: what an operator asks with csmsSend. */
  async command(stationId: string, asked: string, askedHint: Payload = {}, options: { timeoutMs?: number } = {}): Promise<{ request: Payload; outcome: CallOutcome }> {
    const diverted = sentAction16(this.sessions.get(stationId)?.version ?? '2.0.1', (n) => this.faults.has(n), asked);
    const action = diverted.action;
    const hint = diverted.hint ?? askedHint;
    const request = this.buildRequest(stationId, action, hint);
    const parts = action === 'GetVariables' ? splitGetVariables(this.stationConfig(stationId), (n) => this.faults.has(n), request) : [request];
    if (parts.length > 1) {
      const outcomes = [];
      for (const part of parts) outcomes.push(await this.send(stationId, action, part, options));
      return { request, outcome: joinGetVariablesOutcomes(outcomes) };
    }
    return { request, outcome: await this.send(stationId, action, request, options) };
  }

  /** The operator actions for a CSMS under test: csmsSend {action, stationId, hint} and configureCsms {setting, value, stationId}. */
  async perform(action: string, params: Record<string, unknown> = {}): Promise<OperatorResult> {
    try {
      if (action === 'csmsSend') {
        const target = typeof params.action === 'string' ? params.action : '';
        if (!target) return { status: 'unavailable', reason: 'csmsSend needs params.action (the message to send)' };
        const stationId = this.targetStation(typeof params.stationId === 'string' ? params.stationId : undefined, 'csmsSend');
        const hint = typeof params.hint === 'object' && params.hint !== null ? params.hint as Payload : {};
        await pause(this.behaviour.requestDelayMs); // personality deliberate
        const { request, outcome } = await this.command(stationId, target, hint);
        // The data may end up in a journal or a hook's log: secrets set over OCPP stay masked.
        return { status: 'done', data: maskSecrets({ stationId, action: target, request, outcome: summarizeOutcome(outcome) }) };
      }
      if (action === 'configureCsms') {
        this.configure(String(params.setting ?? ''), params.value, typeof params.stationId === 'string' ? params.stationId : undefined);
        return { status: 'done' };
      }
      return { status: 'unavailable', reason: `the reference CSMS does not perform '${action}' (it performs csmsSend and configureCsms)` };
    } catch (err) {
      return { status: 'unavailable', reason: (err as Error).message };
    }
  }

  /** The CSMS as an engine Operator (for a ChainOperator in a CSMS-role run). */
  operator(): Operator {
    return {
      name: 'reference CSMS',
      handles: (action: string) => action === 'csmsSend' || action === 'configureCsms',
      perform: (request: OperatorRequest) => this.perform(request.action, request.params),
    };
  }

  // --- internals ---------------------------------------------------------------------------------

  private log(line: string, level: LogLevel = 'info'): void {
    this.options.log?.(line, level);
  }

  private stationConfig(stationId: string): StationConfig | undefined {
    return this.stationList ? this.stationList.get(stationId) : this.openStations.get(stationId);
  }

  /** The station's settings entry, created when missing (configuring a station adds it to a closed list). */
  private stationEntry(stationId: string): StationConfig {
    const table = this.stationList ?? this.openStations;
    let entry = table.get(stationId);
    if (!entry) {
      entry = { id: stationId };
      table.set(stationId, entry);
    }
    return entry;
  }

  /** The given station, or the only connected one. */
  private targetStation(stationId: string | undefined, what: string): string {
    if (stationId) return stationId;
    const connected = this.connectedStations();
    if (connected.length === 1 && connected[0] !== undefined) return connected[0];
    throw new HarnessError('OCPPH_ERR_USAGE', `${what}: name the station (stationId); ${connected.length} stations are connected`);
  }

  private makeState(): CsmsState {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      stationConfig: (id) => this.stationConfig(id),
      acceptsAnyStation: this.stationList === undefined,
      registered: (id, status) => { this.registrations.set(id, status); },
      idToken: (v) => this.tokens.get(v),
      idTokens: () => [...this.tokens.values()],
      transactions: this.txTable,
      hasFault: (n) => this.faults.has(n),
      get heartbeatInterval() { return self.heartbeatInterval; },
      get bootRetryInterval() { return self.bootRetryInterval; },
      now: () => this.options.now?.() ?? new Date(),
      nextTransactionId: () => ++this.txCounter,
      get pki() { return self.pki; },
      loadPki: async () => (self.pki ??= await self.options.loadPki?.()),
      endpointFor: (profile) => this.endpointFor(profile),
      securityProfile: this.securityProfile,
      log: (line, level) => this.log(line, level),
      send: (stationId, action, payload) => this.send(stationId, action, payload),
      emit: (event, value) => this.emit(event, value),
    };
  }

  /** The connection policy: known station (when a list is configured), right password, client certificate (checked by the transport or the gate). */
  private authenticate(req: AuthRequest, profile: SecurityProfile = this.securityProfile): boolean {
    const config = this.stationConfig(req.stationId);
    // A05.FR.07: a station upgraded to a higher security profile may not come back with a lower one.
    if (config?.minSecurityProfile !== undefined && profile < config.minSecurityProfile && !this.faults.has('accepts-downgraded-profile')) {
      this.log(`${req.stationId} connects with security profile ${profile}, but was upgraded to ${config.minSecurityProfile} (A05.FR.07)`, 'warn');
      return false;
    }
    if (profile === 0) return true; // unknown stations are Rejected at boot
    if (this.stationList && !config) return false;
    if (usesBasicAuth(profile)) {
      if (this.faults.has('accepts-wrong-password')) return true;
      const expected = config?.password ?? this.options.password;
      if (!expected || req.password === undefined) return false;
      return sameSecret(req.password, expected);
    }
    if (profile === 3 && this.options.organization !== undefined && req.clientCert?.organization !== this.options.organization) {
      this.log(`${req.stationId} client certificate O '${req.clientCert?.organization ?? ''}' is not the CSO '${this.options.organization}' (A00.FR.404)`, 'warn');
      return false;
    }
    return true;
  }

  private onRejected(r: RejectedUpgrade): void {
    this.log(`${r.stationId ?? '?'} connection refused (HTTP ${r.status}): ${r.error.message}`, 'warn');
    this.emit('rejected', r);
  }

  private onTlsError(e: HarnessError): void {
    this.log(e.message, 'warn');
    this.emit('tlsError', e);
  }

  private onConnection({ rpc, info }: AcceptedConnection): void {
    const stationId = info.stationId;
    const previous = this.sessions.get(stationId);
    if (previous) {
      this.log(`${stationId} connected again: closing its previous connection`, 'warn');
      previous.rpc.close(1000, 'replaced by a new connection');
    }
    const admission = this.gate?.admissions.get(stationId);
    if (admission?.waived.length) this.log(`${stationId} admitted despite: ${admission.waived.join('; ')}`, 'warn');
    const known = this.stationConfig(stationId) !== undefined || this.stationList === undefined;
    const session: StationSession = {
      stationId,
      version: info.version,
      rpc,
      info: this.gate ? { ...info, securityProfile: this.securityProfile, ...(admission?.tls ? { tls: admission.tls } : {}) } : info,
      registration: this.registrations.get(stationId) ?? (known ? 'None' : 'Rejected'),
      lastBoot: this.boots.get(stationId),
      triggered: new Set(),
      connectorStatus: new Map(),
      lastHeartbeatAt: undefined,
      connectedAt: Date.now(),
    };
    this.sessions.set(stationId, session);
    // A05.FR.06/07: remember the highest security profile the station connected with.
    const profile = session.info.securityProfile;
    const entry = profile > 0 ? this.stationConfig(stationId) ?? (this.stationList ? undefined : this.stationEntry(stationId)) : undefined;
    if (entry && profile > (entry.minSecurityProfile ?? 0)) entry.minSecurityProfile = profile;
    rpc.on('frame', (ev: { dir: 'tx' | 'rx'; raw: string; action?: string }) => this.log(`${stationId} ${formatFrame(ev.dir, ev.raw, ev.action)}`, 'info'));
    rpc.on('finding', (finding: { code: string; message: string; origin: string }) => {
      this.log(`${stationId} ${finding.origin === 'local' ? 'own' : 'peer'} finding ${finding.code}: ${finding.message}`, 'warn');
      this.emit('finding', { stationId, finding });
    });
    rpc.on('call', (call: IncomingCall) => { void this.onCall(session, call); });
    rpc.on('close', ({ code, reason }: { code: number; reason: string }) => {
      if (this.sessions.get(stationId) === session) this.sessions.delete(stationId);
      this.log(`${stationId} disconnected (${code}${reason ? ` ${reason}` : ''})`, 'info');
      this.emit('disconnect', { stationId, code, reason });
    });
    const tls = session.info.tls;
    this.log(`${stationId} connected: OCPP ${info.version}, security profile ${session.info.securityProfile}${tls ? `, ${tls.protocol ?? 'TLS'}` : ''}${info.remoteAddress ? `, from ${info.remoteAddress}` : ''}`, 'info');
    this.emit('connection', session);
  }

  private async onCall(session: StationSession, call: IncomingCall): Promise<void> {
    const after: Array<() => unknown> = [];
    const ctx: CsmsContext = { version: session.version, session, csms: this.state, call, after: (task) => { after.push(task); } };
    let reply = await this.replyTo(ctx);
    const rpc = session.rpc;
    // Personalities slow-answers and optional-fields (src/simulators/csms/personality.ts).
    await pause(this.behaviour.answerDelayMs);
    if (!rpc.isOpen) return;
    if ('payload' in reply && this.behaviour.optionalFields) reply = { payload: withOptionalFields(session.version, call.action, reply.payload, this.state.now()) };
    if ('silent' in reply) rpc.forget(call.messageId);
    else if ('error' in reply) rpc.respondError(call.messageId, reply.error.code, reply.error.description, reply.error.details ?? {});
    else rpc.respond(call.messageId, reply.payload);
    if (call.action === 'BootNotification' && session.lastBoot) this.boots.set(session.stationId, session.lastBoot);
    this.emit('call', { stationId: session.stationId, action: call.action, payload: call.payload, reply });
    for (const task of after) {
      try {
        await task();
      } catch (err) {
        this.log(`${session.stationId} follow-up of ${call.action} failed: ${(err as Error).message}`, 'error');
      }
    }
  }

  private async replyTo(ctx: CsmsContext): Promise<Reply> {
    const { call, session } = ctx;
    if (call.suggestedError) {
      if (this.faults.has('no-callerror-on-invalid')) {
        const reply = await this.runHandler(ctx).catch((): Reply => ok({}));
        return 'payload' in reply ? reply : ok({});
      }
      if (this.faults.has('wrong-callerror-code')) return callError('GenericError', call.suggestedError.description);
      return { error: { code: call.suggestedError.code, description: call.suggestedError.description } };
    }
    const refused = admit(session, call.action, this.faults.has('pending-accepts-calls'));
    if (refused) return refused;
    try {
      return await this.runHandler(ctx);
    } catch (err) {
      this.log(`${session.stationId} ${call.action} handler failed: ${(err as Error).stack ?? String(err)}`, 'error');
      return callError('InternalError', `the CSMS failed to process ${call.action}`);
    }
  }

  private async runHandler(ctx: CsmsContext): Promise<Reply> {
    const handler = this.handlers.get(ctx.call.action);
    if (!handler) return callError('NotSupported', `this CSMS does not handle ${ctx.call.action || 'that message'}`);
    return handler(ctx.call.payload, ctx);
  }
}

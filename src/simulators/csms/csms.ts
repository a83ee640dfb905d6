import { EventEmitter } from 'node:events';
import type { Operator, OperatorResult } from '../../domain/operator-actions.js';
import { HarnessError } from '../../errors.js';
import { loadPki } from '../../pki/store.js';
import type { CallOutcome } from '../../rpc/connection.js';
import type { Payload } from '../../rpc/codec.js';
import type { AuthRequest, RejectedUpgrade } from '../../transport/server.js';
import type { SecurityProfile } from '../../domain/security-profile.js';
import type { OcppVersion } from '../../rpc/versions.js';
import { startControlServer, type ControlServer } from '../common/control-server.js';
import { joinGetVariablesOutcomes, learnFromAnswer, splitGetVariables } from './answers.js';
import { afterAnswer16, CORE16_WRAPPERS, sentAction16 } from './core-16.js';
import { CSMS_FAULTS, csmsFault, isCsmsFault, type CsmsFaultName } from './faults.js';
import { buildableActions, buildRequest } from './requests.js';
import { CsmsEndpoints } from './endpoints.js';
import { composeCsms, type ComposedCsms } from './compose.js';
import { openSession, type SessionDesk } from './connections.js';
import { callStation, sendableSession, sendInParts } from './outgoing.js';
import { BOOT_STATUSES, configureCsms, csmsOperator, performCsmsAction } from './operator-actions.js';
import { DEFAULT_CSMS_BEHAVIOUR, type CsmsBehaviour } from '../personalities.js';
import {
  liveTransaction, type BootRecord, type BootStatus, type CallHandler, type CsmsPki, type CsmsSnapshot, type CsmsState, type IdTokenConfig, type LogLevel, type ReferenceCsmsOptions, type StationConfig, type StationSession, type TransactionRecord,
} from './types.js';

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
  private readonly handlers: Map<string, CallHandler>;
  private readonly blocks: ComposedCsms;
  private heartbeatInterval: number;
  private readonly behaviour: CsmsBehaviour;
  private bootRetryInterval: number;
  private txCounter = 0;
  private requestCounter = 0;
  private pki: CsmsPki | undefined;
  private readonly endpoints: CsmsEndpoints;
  private readonly desk: SessionDesk;
  private control: ControlServer | undefined;
  private readonly state: CsmsState<CsmsFaultName>;

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
    // Every station CALL it answers and every default request comes from its blocks (blocks/index.ts).
    this.blocks = composeCsms({ versions: options.versions, faults: { has: (n: string) => this.faults.has(n as CsmsFaultName) }, behaviour: this.behaviour });
    this.handlers = this.blocks.handlers;
    // OCPP 1.6 Core faults wrap whatever the modules registered (core-16.ts).
    for (const [action, wrap] of Object.entries(CORE16_WRAPPERS)) this.handlers.set(action, wrap(this.handlers.get(action)));
    this.state = this.makeState();
    this.desk = {
      state: this.state, behaviour: this.behaviour, handler: (action) => this.handlers.get(action), hasFault: (n) => this.faults.has(n),
      rememberBoot: (id, boot) => { this.boots.set(id, boot); }, log: (line, level) => this.log(line, level), emit: (event, value) => this.emit(event, value),
      sessions: this.sessions, securityProfile: this.securityProfile, admission: (id) => this.endpoints.admission(id), gated: () => this.endpoints.gated,
      knows: (id) => this.stationConfig(id) !== undefined || this.stationList === undefined, registration: (id) => this.registrations.get(id),
      lastBoot: (id) => this.boots.get(id), profileEntry: (id) => this.stationConfig(id) ?? (this.stationList ? undefined : this.stationEntry(id)),
    };
    this.endpoints = new CsmsEndpoints(options, this.securityProfile, {
      authenticate: (req, profile) => this.authenticate(req, profile), onConnection: (c) => openSession(this.desk, c),
      onRejected: (r) => this.onRejected(r), onTlsError: (e) => this.onTlsError(e),
      passwordFor: (id) => this.stationConfig(id)?.password ?? this.options.password,
      hasFault: (n) => this.faults.has(n), log: (line, level) => this.log(line, level),
    });
  }

  // --- lifecycle ---------------------------------------------------------------------------------

  async start(): Promise<{ url: string; port: number }> {
    if (this.endpoints.listening) throw new HarnessError('OCPPH_ERR_SIMULATOR', 'the reference CSMS is already started');
    for (const name of this.faults) {
      const spec = csmsFault(name);
      if (spec && !this.options.versions.some((v) => spec.versions.includes(v))) this.log(`fault ${name} has no effect on OCPP ${this.options.versions.join('/')}`, 'warn');
    }
    this.pki = this.options.pki ?? (this.options.certsDir ? loadPki(this.options.certsDir) : undefined);
    const profile = this.securityProfile;
    await this.endpoints.listen(this.pki);
    const where = { url: this.url, port: this.port };
    this.log(`reference CSMS listening on ${where.url}/<stationId> (OCPP ${this.options.versions.join(', ')}, security profile ${profile}${this.faults.size ? `, faults: ${[...this.faults].join(', ')}` : ''})`, 'info');
    if (this.options.upgradeEndpoint && (profile === 1 || profile === 2)) {
      this.pki ??= await this.options.loadPki?.();
      await this.endpoints.listenUpgrade(this.pki);
    }
    this.emit('listening', where);
    return where;
  }

  /** The base URL of the endpoint with this security profile (the main one, or the A05 upgrade endpoint). */
  endpointFor(profile: SecurityProfile): string | undefined {
    return this.endpoints.endpointFor(profile);
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
    const control = this.control;
    this.control = undefined;
    await control?.close();
    await this.endpoints.close();
    this.sessions.clear();
  }

  /** Base URL; a station connects to `${url}/${stationId}`. */
  get url(): string {
    const url = this.endpoints.url;
    if (url === undefined) throw new HarnessError('OCPPH_ERR_SIMULATOR', 'the reference CSMS is not started');
    return url;
  }

  get port(): number {
    const port = this.endpoints.port;
    if (port === undefined) throw new HarnessError('OCPPH_ERR_SIMULATOR', 'the reference CSMS is not started');
    return port;
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
      url: this.endpoints.url,
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

  stationSettings(stationId: string): StationConfig {
    return this.stationEntry(stationId);
  }

  setIntervalSeconds(setting: 'heartbeatInterval' | 'bootRetryInterval', seconds: number): void {
    if (setting === 'heartbeatInterval') this.heartbeatInterval = seconds;
    else this.bootRetryInterval = seconds;
  }

  get requestDelayMs(): number {
    return this.behaviour.requestDelayMs;
  }

  /** The `configureCsms` operator action (operator-actions.ts). */
  configure(setting: string, value: unknown, stationId?: string): void {
    configureCsms(this, setting, value, stationId);
  }

  // --- CSMS-initiated messages (csmsSend) --------------------------------------------------------

  /**
   * Sends a CALL to a connected station and resolves with its answer (never rejects for what the
   * station does). Throws OCPPH_ERR_NOT_CONNECTED, or OCPPH_ERR_SIMULATOR when the station's
   * registration forbids the message (B03.FR.03, 1.6 4.2 / B02.FR.05).
   */
  async send(stationId: string, action: string, payload: Payload, options: { timeoutMs?: number } = {}): Promise<CallOutcome> {
    const session = sendableSession(this.sessions.get(stationId), stationId, action, this.faults.has('sends-while-rejected'));
    const outcome = await callStation(session, action, payload, options, this.faults.has('second-call-while-pending'));
    learnFromAnswer({ csms: this.state, stationId, session: this.sessions.get(stationId), entry: () => this.stationEntry(stationId) }, action, payload, outcome);
    this.blocks.learnFromAnswer(stationId, action, payload, outcome);
    afterAnswer16(this.sessions.get(stationId), (n) => this.faults.has(n), action, payload, outcome, () => this.send(stationId, action, payload, options));
    this.emit('sent', { stationId, action, payload, outcome });
    return outcome;
  }

  /** The default payload of `action` for a station, with `hint` fields on top (and request faults applied). */
  buildRequest(stationId: string, action: string, hint: Payload = {}): Payload {
    const session = this.sessions.get(stationId);
    const version = session?.version ?? this.options.versions[0] ?? '2.0.1';
    return buildRequest({ version, stationId, csms: this.state, nextRequestId: () => ++this.requestCounter }, action, hint, this.blocks.requests[version], this.blocks.shapeRequest);
  }

  /** The CSMS->station actions it has a default payload for. */
  buildableActions = (version: OcppVersion): string[] => buildableActions(version, this.blocks.requests[version]);

  /** Builds the default payload (hint on top) and sends it: what an operator asks with csmsSend. */
  async command(stationId: string, asked: string, askedHint: Payload = {}, options: { timeoutMs?: number } = {}): Promise<{ request: Payload; outcome: CallOutcome }> {
    const diverted = sentAction16(this.sessions.get(stationId)?.version ?? '2.0.1', (n) => this.faults.has(n), asked);
    const action = diverted.action;
    const hint = diverted.hint ?? askedHint;
    const request = this.buildRequest(stationId, action, hint);
    // B06.FR.05 / a block's limit (N06.FR.04): the request in parts, one after the other.
    const parts = action === 'GetVariables' ? splitGetVariables(this.stationConfig(stationId), (n) => this.faults.has(n), request) : this.blocks.splitRequest(stationId, action, request) ?? [request];
    const outcome = await sendInParts(parts, (part) => this.send(stationId, action, part, options), action === 'GetVariables' ? joinGetVariablesOutcomes : undefined);
    return { request, outcome };
  }

  /** The operator actions for a CSMS under test: csmsSend and configureCsms (operator-actions.ts). */
  perform(action: string, params: Record<string, unknown> = {}): Promise<OperatorResult> {
    return performCsmsAction(this, action, params);
  }

  /** The CSMS as an engine Operator (for a ChainOperator in a CSMS-role run). */
  operator(): Operator {
    return csmsOperator((action, params) => this.perform(action, params));
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
  targetStation(stationId: string | undefined, what: string): string {
    if (stationId) return stationId;
    const connected = this.connectedStations();
    if (connected.length === 1 && connected[0] !== undefined) return connected[0];
    throw new HarnessError('OCPPH_ERR_USAGE', `${what}: name the station (stationId); ${connected.length} stations are connected`);
  }

  private makeState(): CsmsState<CsmsFaultName> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      stationConfig: (id) => this.stationConfig(id),
      acceptsAnyStation: this.stationList === undefined,
      registered: (id, status) => { this.registrations.set(id, status); },
      idToken: (v) => this.tokens.get(v),
      idTokens: () => [...this.tokens.values()],
      authorization: this.blocks.authorization,
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

  /** The connection policy (blocks/A-security/authenticate.ts). */
  private authenticate(req: AuthRequest, profile: SecurityProfile = this.securityProfile): boolean {
    return this.blocks.admits(req, {
      profile, config: this.stationConfig(req.stationId), closedList: this.stationList !== undefined, password: this.options.password,
      organization: this.options.organization, log: (line, level) => this.log(line, level),
    });
  }

  private onRejected(r: RejectedUpgrade): void {
    this.log(`${r.stationId ?? '?'} connection refused (HTTP ${r.status}): ${r.error.message}`, 'warn');
    this.emit('rejected', r);
  }

  private onTlsError(e: HarnessError): void {
    this.log(e.message, 'warn');
    this.emit('tlsError', e);
  }
}

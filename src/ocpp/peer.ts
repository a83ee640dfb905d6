import type { RpcConnection, IncomingCall, CallOutcome, FrameEvent } from '../rpc/connection.js';
import type { Payload } from '../rpc/codec.js';
import type { Finding, FindingCode } from '../rpc/findings.js';
import type { OcppVersion } from '../rpc/versions.js';
import type { FrameRecord } from '../domain/records.js';
import type { Ics } from '../domain/ics.js';
import { CaseFailure, CaseInconclusive } from '../domain/verdict.js';
import { HarnessError } from '../errors.js';
import { CaseRecorder } from './recorder.js';
import type { EndpointRequest, Link, LinkConnection, RefusedAttempt } from './link.js';
import type { RejectedUpgrade } from '../transport/server.js';
import { HarnessDeviceModel } from './station-device-model.js';
import { BACKGROUND_ACTIONS, INFORMATION_ACTIONS, defaultResponse, type DefaultResponder, type ResponderContext } from './default-responses.js';
import { CaseTimers } from './case-timers.js';
import type { OcppClientOptions } from '../transport/client.js';

/** A CALL the SUT made, handed to a case. */
export interface ReceivedCall<P = Payload> {
  readonly action: string;
  readonly payload: P;
  readonly messageId: string;
  readonly t: number;
  readonly frame: FrameRecord | undefined;
  /** True once answered (by the case, or automatically before the case claimed it). */
  readonly answered: boolean;
  respond(payload: Payload): void;
  respondError(code: string, description?: string): void;
  /** Leave it unanswered on purpose. */
  ignore(): void;
}

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

export interface CallOptions {
  timeoutMs?: number;
  requirement?: string;
}

/** Findings that describe the link, not a protocol violation: they never fail a case by themselves. */
const INFORMATIONAL: ReadonlySet<FindingCode> = new Set(['ABRUPT_CLOSE', 'SOCKET_ERROR']);

interface InboxEntry {
  call: IncomingCall;
  rpc: RpcConnection;
  frame: FrameRecord | undefined;
  claimed: boolean;
  answered: boolean;
  /** Answered by the harness's default (no case decided it). */
  byDefault?: boolean;
  holdTimer?: NodeJS.Timeout;
}

interface Waiter {
  actions: readonly string[];
  filter: ((payload: Payload) => boolean) | undefined;
  connectedSince?: number | undefined;
  deliver: (entry: InboxEntry) => void;
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

export interface PeerOptions {
  ics: Ics;
  /** How long an unclaimed decision call (Boot, Authorize, ...) waits for a case before the default answer. */
  holdMs?: number;
  /** Default wait for the SUT to (re)connect, or for the CSMS to answer our connection (config timeouts.connectMs). */
  connectMs?: number;
}

/**
 * The SUT as a case sees it: expect its calls, answer them, call it, watch its connection.
 * Built on a Link; knows nothing of sockets or test-case ids.
 */
export class Peer {
  readonly link: Link;
  readonly ics: Ics;
  readonly version: OcppVersion;
  readonly side: 'csms' | 'station';
  private readonly holdMs: number;
  private readonly connectMs: number | undefined;
  private recorder: CaseRecorder;
  private readonly background = new CaseRecorder();
  private inbox: InboxEntry[] = [];
  private waiters: Waiter[] = [];
  private overrides = new Map<string, DefaultResponder | false>();
  private allowed = new Set<FindingCode>();
  private txCounter = 1;
  private lastDelivered: FrameRecord | undefined;
  private readonly responderCtx: ResponderContext;
  /** CALLs a default answer asked to send once it went out (NotifyReport after GetBaseReport). */
  private followUps: Array<{ action: string; payload: Payload }> = [];
  private readonly timers = new CaseTimers();
  /** When each connection opened (`connectedSince`). */
  private readonly openedAt = new WeakMap<RpcConnection, number>();
  private readonly untracked = new Map<number, UntrackedTransaction>();
  /**
   * Last BootNotification answer (CSMS side), or the one the harness got (station side). CSMS side, it
   * never survives a reconnection or a new BootNotification: until one is answered it is undefined
   * (a station that merely reconnected sends none; `bootStatusBeforeReconnect` says what it had).
   */
  bootStatus: string | undefined;
  bootStatusBeforeReconnect: string | undefined;
  /** Told of every expectation armed with a timeout (the runner stretches the case deadline for long waits). */
  onWaitArmed: ((timeoutMs: number) => void) | undefined;

  constructor(link: Link, options: PeerOptions) {
    this.link = link;
    this.ics = options.ics;
    this.version = link.version;
    this.side = link.harnessRole;
    this.holdMs = options.holdMs ?? 5_000;
    this.connectMs = options.connectMs;
    this.recorder = this.background;
    this.responderCtx = {
      version: this.version, ics: this.ics, now: () => this.now(), nextTransactionId: () => this.txCounter++,
      ...(this.side === 'station' && this.version !== '1.6' ? {
        deviceModel: new HarnessDeviceModel({
          evses: this.ics.evses, heartbeatInterval: this.ics.heartbeatInterval, securityProfile: this.ics.securityProfile,
          stationId: this.ics.station.id, vendor: this.ics.station.vendor, model: this.ics.station.model,
        }),
      } : {}),
      followUp: (action, payload) => this.followUps.push({ action, payload }),
    };
    link.on('connection', (c: LinkConnection) => this.attach(c.rpc));
    // Every refused upgrade (unknown identity, credentials, slow upgrade) shows in the journal of the running case.
    link.on('rejected', (r: RejectedUpgrade) => this.recorder.step(`connection attempt: upgrade refused with HTTP ${r.status} (${r.error.message})`, 'info'));
    const existing = link.current();
    if (existing) this.attach(existing.rpc);
  }

  // --- case lifecycle (engine) -------------------------------------------------------------------

  beginCase(recorder: CaseRecorder): void {
    recorder.adopt(this.background);
    this.recorder = recorder;
    // A case starts with an empty inbox: what the SUT sent before it got the default answer.
    for (const e of this.inbox) if (!e.answered && e.rpc.isOpen) this.answerByDefault(e);
    this.inbox = [];
    this.overrides = new Map();
    this.allowed = new Set();
    this.lastDelivered = undefined;
  }

  /** Answers what the case left unanswered and detaches the recorder. Returns the actions answered. */
  endCase(): string[] {
    this.acceptConnections();
    this.restoreEndpointAfterCase();
    const leftovers = this.inbox.filter((e) => !e.answered && e.rpc.isOpen);
    const names: string[] = [];
    for (const e of leftovers) {
      this.answerByDefault(e);
      names.push(e.call.action);
    }
    this.cancelExpectations();
    this.inbox = [];
    this.recorder = this.background;
    return names;
  }

  /**
   * The case's main steps begin (after the general preconditions): what the SUT sent before never
   * satisfies an expectation of the case. Unclaimed calls are answered by default and set aside, and
   * expectations the preconditions left armed are dropped.
   */
  beginMainSteps(): number {
    this.cancelExpectations();
    const before = this.inbox.filter((e) => !e.claimed);
    for (const e of before) {
      e.claimed = true;
      if (!e.answered && e.rpc.isOpen) this.answerByDefault(e);
    }
    return before.length;
  }

  /** Drops every armed expectation and its timer (they never settle; their case is over). */
  cancelExpectations(): void {
    this.waiters = [];
    this.timers.clearAll();
  }

  /** The operator began a manual step: waits armed in the case are timed from when it is done. */
  operatorBegan(): void {
    this.timers.operatorBegan();
  }

  operatorEnded(): void {
    this.timers.operatorEnded();
  }

  /**
   * Before the first case (harness plays the CSMS): a station still connecting when the run starts
   * connects and boots now (its boot answered by default), so no case's steps mistake that first boot
   * for the one answering their own power cycle. Bounded by `connectMs` and `bootMs`; judges nothing.
   */
  async awaitStationBoot(connectMs: number, bootMs: number): Promise<void> {
    if (this.side !== 'csms') return;
    if (!this.link.current()) await this.link.ensureConnected(connectMs).catch(() => undefined);
    if (!this.link.current() || this.bootStatus !== undefined) return;
    const link = this.link;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        link.off('disconnect', done);
        resolve();
      };
      const timer = setTimeout(done, bootMs);
      this.bootWaiters.push(done);
      link.once('disconnect', done);
    });
  }

  private bootWaiters: Array<() => void> = [];

  private noteBootAnswered(status: string): void {
    this.bootStatus = status;
    const waiters = this.bootWaiters;
    this.bootWaiters = [];
    for (const w of waiters) w();
  }

  /** Transactions the SUT started that only the default answer accepted and that it has not stopped (1.6). */
  untrackedTransactions(): UntrackedTransaction[] {
    return [...this.untracked.values()];
  }

  get currentRecorder(): CaseRecorder {
    return this.recorder;
  }

  /** Peer findings of the running case that are not allowed: these fail it. */
  unexpectedFindings(): CaseRecorder['findings'] {
    return this.recorder.findings.filter((f) => !INFORMATIONAL.has(f.finding.code) && !this.allowed.has(f.finding.code));
  }

  get lastFrameSeen(): FrameRecord | undefined {
    return this.lastDelivered;
  }

  // --- the case-facing API ----------------------------------------------------------------------

  now(): string {
    return new Date().toISOString();
  }

  /** Findings of these codes are part of what the case tests; they do not fail it by themselves. */
  allowFindings(...codes: FindingCode[]): void {
    for (const c of codes) this.allowed.add(c);
  }

  /** Findings recorded so far in this case (to assert on in negative cases). */
  findings(code?: FindingCode): Finding[] {
    return this.recorder.findings.map((f) => f.finding).filter((f) => !code || f.code === code);
  }

  /** Change how an unclaimed call of this action is answered for the rest of the case (false = leave unanswered). */
  autoAnswer(action: string, responder: DefaultResponder | Payload | false): void {
    this.overrides.set(action, typeof responder === 'function' || responder === false ? responder : () => responder);
  }

  step(text: string, outcome: 'ok' | 'fail' | 'info' = 'ok'): void {
    this.recorder.step(text, outcome);
  }

  /**
   * Waits for the SUT to send `action` (matching `filter`). The wait is armed at once, so
   * `const boot = sut.expectCall('BootNotification'); await operator.do('powerCycle'); await boot;`
   * never misses the call. Fails the case if it does not come in time.
   */
  expectCall<P = Payload>(action: string | readonly string[], options: ExpectOptions<P> = {}): Promise<ReceivedCall<P>> {
    const timeoutMs = options.timeoutMs ?? this.ics.timeouts.messageMs;
    const actions = typeof action === 'string' ? [action] : action;
    const label = `${actions.join(' or ')}${options.describe ? ` ${options.describe}` : ''}`;
    const filter = options.filter as ((p: Payload) => boolean) | undefined;
    const since = options.connectedSince;
    const promise = new Promise<ReceivedCall<P>>((resolve, reject) => {
      const found = this.inbox.find((e) => !e.claimed && e.rpc.isOpen && actions.includes(e.call.action) && this.claimable(e)
        && (since === undefined || (this.openedAt.get(e.rpc) ?? 0) >= since) && (!filter || safeFilter(filter, e.call.payload)));
      const deliver = (entry: InboxEntry) => {
        entry.claimed = true;
        if (entry.holdTimer) clearTimeout(entry.holdTimer);
        // Background calls carry no decision: answer them at once even when a case claims them.
        if (BACKGROUND_ACTIONS.has(entry.call.action) && this.overrides.get(entry.call.action) !== false) this.answerByDefault(entry);
        this.lastDelivered = entry.frame;
        this.recorder.step(`received ${entry.call.action}${options.describe ? ` ${options.describe}` : ''}${entry.answered ? ' (already answered by default)' : ''}`);
        resolve(this.toReceived<P>(entry));
      };
      if (found) return deliver(found);
      const waiter: Waiter = { actions, filter, connectedSince: since, deliver: (e) => { timer.cancel(); deliver(e); } };
      const recorder = this.recorder;
      const timer = this.timers.start(timeoutMs, () => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        recorder.step(`no ${label} within ${timeoutMs} ms`, options.optional ? 'info' : 'fail');
        reject(new CaseFailure(`expected ${label} from the SUT within ${timeoutMs} ms; it did not come`, options.requirement ? { requirement: options.requirement } : {}));
      });
      this.onWaitArmed?.(timeoutMs);
      this.waiters.push(waiter);
    });
    promise.catch(() => undefined);
    return promise;
  }

  /** Waits for `count` calls of `action` (e.g. one StatusNotification per connector). */
  async expectCalls<P = Payload>(action: string | readonly string[], count: number, options: ExpectOptions<P> = {}): Promise<Array<ReceivedCall<P>>> {
    const out: Array<ReceivedCall<P>> = [];
    for (let i = 0; i < count; i += 1) out.push(await this.expectCall<P>(action, { ...options, describe: `${options.describe ?? ''} (${i + 1}/${count})`.trim() }));
    return out;
  }

  /**
   * Passes if the SUT does not send `action` (matching `filter`) for `forMs`; calls already received
   * in this case count too, those received before `since` (ms epoch) excepted.
   */
  expectNoCall(action: string, forMs: number, options: Omit<ExpectOptions<Payload>, 'timeoutMs'> & { since?: number } = {}): Promise<void> {
    // Armed at once like expectCall; a rejection nobody awaits yet must not crash the run.
    const watch = this.watchNoCall(action, forMs, options);
    watch.catch(() => undefined);
    return watch;
  }

  private async watchNoCall(action: string, forMs: number, options: Omit<ExpectOptions<Payload>, 'timeoutMs'> & { since?: number }): Promise<void> {
    this.recorder.step(`watching for no ${action} during ${forMs} ms`, 'info');
    // Only the open connection counts: what the SUT sent on a closed one (before a reboot) is history.
    const already = this.inbox.find((e) => !e.claimed && e.rpc.isOpen && e.call.action === action && (options.since === undefined || e.call.t >= options.since)
      && (!options.filter || safeFilter(options.filter, e.call.payload)));
    if (already) {
      this.lastDelivered = already.frame;
      throw new CaseFailure(`the SUT sent ${action} when it must not${options.describe ? ` (${options.describe})` : ''}`, { ...(options.requirement ? { requirement: options.requirement } : {}), ...(already.frame ? { frame: already.frame } : {}) });
    }
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        actions: [action], filter: options.filter,
        deliver: (e) => {
          timer.cancel();
          e.claimed = false;
          this.lastDelivered = e.frame;
          reject(new CaseFailure(`the SUT sent ${action} when it must not${options.describe ? ` (${options.describe})` : ''}`, { ...(options.requirement ? { requirement: options.requirement } : {}), ...(e.frame ? { frame: e.frame } : {}) }));
          if (!e.answered) this.answerByDefault(e);
        },
      };
      // Timed like expectCall: a watch armed before a manual step covers `forMs` after the operator is done.
      const timer = this.timers.start(forMs, () => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve();
      });
      this.waiters.push(waiter);
    });
  }

  /**
   * The payloads of `action` the SUT sent in this case so far, claimed or not, in order: bookkeeping that
   * spans calls no expectation waited for (e.g. the sequence number of a message answered by default).
   */
  receivedPayloads(action: string): Payload[] {
    return this.inbox.filter((e) => e.call.action === action).map((e) => e.call.payload);
  }

  /**
   * Takes the calls of `action` received so far and not claimed out of reach of later `expectCall`s
   * (answering them by default if needed): a later expectation waits for a new call, not for a stale
   * one (e.g. the status reports of a boot that happened before the case). Returns how many there were.
   */
  forgetReceived(action: string): number {
    const stale = this.inbox.filter((e) => !e.claimed && e.call.action === action);
    for (const e of stale) {
      e.claimed = true;
      if (!e.answered && e.rpc.isOpen) this.answerByDefault(e);
    }
    return stale.length;
  }

  /** Sends a CALL and returns the result payload. A CALLERROR, timeout or disconnect fails the case. */
  async call<R = Payload>(action: string, payload: Payload, options: CallOptions = {}): Promise<R> {
    const outcome = await this.callRaw(action, payload, options);
    const req = options.requirement ? { requirement: options.requirement } : {};
    switch (outcome.kind) {
      case 'result':
        return outcome.payload as R;
      case 'error':
        throw new CaseFailure(`the SUT answered ${action} with CALLERROR ${outcome.errorCode}${outcome.errorDescription ? `: ${outcome.errorDescription}` : ''}`,
          { ...req, ...(this.lastDelivered ? { frame: this.lastDelivered } : {}) });
      case 'timeout':
        throw new CaseFailure(`the SUT did not answer ${action} within ${options.timeoutMs ?? this.ics.timeouts.messageMs} ms`, req);
      default:
        throw new CaseFailure(`the connection closed before the SUT answered ${action}`, req);
    }
  }

  /** Sends a CALL and returns its outcome as data (result, CALLERROR, timeout, closed); judges nothing. */
  async callRaw(action: string, payload: Payload, options: { timeoutMs?: number; ignoreInFlight?: boolean; messageId?: string } = {}): Promise<CallOutcome> {
    const rpc = this.requireConnection();
    this.recorder.step(`send ${action}${summarize(payload)}`);
    const outcome = await rpc.call(action, payload, { timeoutMs: options.timeoutMs ?? this.ics.timeouts.messageMs, ...(options.ignoreInFlight ? { ignoreInFlight: true } : {}), ...(options.messageId ? { messageId: options.messageId } : {}) });
    if (outcome.kind === 'result' || outcome.kind === 'error') this.lastDelivered = this.recorder.rxFrame(outcome.messageId);
    this.recorder.step(outcome.kind === 'result' ? `received ${action} result${summarize(outcome.payload)}`
      : outcome.kind === 'error' ? `received CALLERROR ${outcome.errorCode} for ${action}` : `no answer to ${action} (${outcome.kind})`,
    outcome.kind === 'result' ? 'ok' : 'info');
    return outcome;
  }

  /** Puts text on the wire as is (negative cases). */
  sendRaw(text: string): void {
    this.requireConnection().sendRaw(text);
    this.recorder.step('sent a raw frame', 'info');
  }

  isConnected(): boolean {
    return this.link.current() !== undefined;
  }

  /** The open connection's negotiated details (station id, subprotocol, TLS version...). */
  connectionInfo(): LinkConnection['info'] | undefined {
    return this.link.current()?.info;
  }

  /** Waits until the SUT's connection closes (or has closed). */
  async expectDisconnect(timeoutMs = this.ics.timeouts.messageMs, requirement?: string): Promise<{ code: number; reason: string }> {
    const c = this.link.current();
    if (!c) return { code: 0, reason: 'already closed' };
    let timer: { cancel(): void } | undefined;
    const res = await Promise.race([
      c.rpc.waitClosed(),
      new Promise<undefined>((resolve) => { timer = this.timers.start(timeoutMs, () => resolve(undefined)); }),
    ]);
    timer?.cancel();
    if (!res) throw new CaseFailure(`expected the connection to be closed within ${timeoutMs} ms; it stayed open`, requirement ? { requirement } : {});
    this.recorder.step(`connection closed (${res.code}${res.reason ? ` ${res.reason}` : ''})`);
    return res;
  }

  /** CSMS side: waits for the station to (re)connect. Station side: makes sure we are connected. */
  async expectConnection(timeoutMs = this.connectMs ?? this.ics.timeouts.messageMs, requirement?: string): Promise<LinkConnection['info']> {
    try {
      const c = await this.link.ensureConnected(timeoutMs);
      this.recorder.step(`connected (${c.info.stationId}, OCPP ${c.info.version})`);
      return c.info;
    } catch (err) {
      if (err instanceof HarnessError && this.side === 'csms') {
        throw new CaseFailure(`the charging station did not connect within ${timeoutMs} ms`, requirement ? { requirement } : {});
      }
      throw err;
    }
  }

  /**
   * Station side: (re)connects with other options (`tls` fields merge into the configured ones),
   * returning the typed error instead of throwing. `persist`: keep the overrides for later connections
   * (the station's new credentials, e.g. after the CSMS changed its BasicAuthPassword).
   */
  async connect(overrides: Partial<OcppClientOptions> = {}, options: { persist?: boolean } = {}): Promise<{ ok: true; info: LinkConnection['info'] } | { ok: false; error: HarnessError }> {
    const link = this.link as Link & { connect?: (o: Partial<OcppClientOptions>, opts?: { persist?: boolean }) => Promise<LinkConnection> };
    if (!link.connect) throw new HarnessError('OCPPH_ERR_USAGE', 'connect() is only available when the harness plays the charging station');
    try {
      const c = await link.connect(overrides, options);
      this.recorder.step(`connected (${c.info.stationId}, ${String(c.info.protocol)})`);
      return { ok: true, info: c.info };
    } catch (err) {
      if (err instanceof HarnessError) {
        this.recorder.step(`connection refused: ${err.message}`, 'info');
        return { ok: false, error: err };
      }
      throw err;
    }
  }

  /**
   * CSMS side: refuses (HTTP 401) the station's connection attempts, all of them or those whose URL
   * path starts with `pathPrefix`, until `acceptConnections()` or the end of the case ("the OCTT does
   * not accept the reconnection attempt"). Each refused attempt can be awaited with `expectRefusedConnection`.
   */
  refuseConnections(options: { pathPrefix?: string } = {}): void {
    const link = this.csmsLink('refuseConnections');
    this.refused = [];
    this.refusedWaiters = [];
    link.off('refused', this.onRefused);
    link.on('refused', this.onRefused);
    const prefix = options.pathPrefix;
    link.refuseConnections(prefix === undefined ? undefined : (a) => a.path.startsWith(prefix));
    this.recorder.step(`refusing the station's connection attempts${prefix ? ` to ${prefix}` : ''}`, 'info');
  }

  /** CSMS side: accepts connection attempts again. */
  acceptConnections(): void {
    const link = this.link as Link & { acceptConnections?: () => void };
    if (!link.acceptConnections || this.refusedWaiters === undefined) return;
    link.acceptConnections();
    link.off('refused', this.onRefused);
    this.refusedWaiters = undefined;
    this.recorder.step('accepting connection attempts again', 'info');
  }

  /** CSMS side, after `refuseConnections`: the next refused attempt (time and URL path), or a FAIL when none comes in time. */
  async expectRefusedConnection(timeoutMs = this.ics.timeouts.messageMs, requirement?: string): Promise<RefusedAttempt> {
    const queued = this.refused.shift();
    if (queued) return queued;
    const waiters = this.refusedWaiters;
    if (!waiters) throw new HarnessError('OCPPH_ERR_USAGE', 'expectRefusedConnection() needs refuseConnections() first');
    return new Promise<RefusedAttempt>((resolve, reject) => {
      const waiter = (a: RefusedAttempt) => { timer.cancel(); resolve(a); };
      const timer = this.timers.start(timeoutMs, () => {
        const i = waiters.indexOf(waiter);
        if (i >= 0) waiters.splice(i, 1);
        this.recorder.step(`no connection attempt within ${timeoutMs} ms`, 'fail');
        reject(new CaseFailure(`expected the charging station to try to connect within ${timeoutMs} ms; it did not`, requirement ? { requirement } : {}));
      });
      waiters.push(waiter);
    });
  }

  private refused: RefusedAttempt[] = [];
  private refusedWaiters: Array<(a: RefusedAttempt) => void> | undefined;
  private readonly onRefused = (a: RefusedAttempt): void => {
    this.recorder.step(`refused a connection attempt to ${a.path}`, 'info');
    const waiter = this.refusedWaiters?.shift();
    if (waiter) waiter(a);
    else this.refused.push(a);
  };

  private csmsLink(what: string): Link & { refuseConnections: (match?: (a: { path: string; stationId: string }) => boolean) => void } {
    const link = this.link as Link & { refuseConnections?: (match?: (a: { path: string; stationId: string }) => boolean) => void };
    if (!link.refuseConnections) throw new HarnessError('OCPPH_ERR_USAGE', `${what}() is only available when the harness plays the CSMS`);
    return link as Link & { refuseConnections: (match?: (a: { path: string; stationId: string }) => boolean) => void };
  }

  // --- the endpoint the harness listens on (CSMS side; added for the A-block TLS and security-profile cases) --------

  /** True while the case runs against a reconfigured endpoint: `endCase` restores the configured one. */
  private endpointChanged = false;

  /**
   * CSMS side: serves another endpoint from the next connection on — a bad server certificate, an old
   * TLS version, another security profile or Basic-auth password (see EndpointRequest). `{}` restores
   * the configured endpoint; the end of the case does too. A change of security profile restarts the
   * server on the same port (the open connection closes); other changes leave the open connection alone.
   * Returns the endpoint URL (ws:// or wss://).
   */
  async reconfigureEndpoint(request: EndpointRequest = {}): Promise<{ url: string }> {
    const link = this.link as Link & { reconfigureEndpoint?: (r: EndpointRequest) => Promise<{ url: string; restarted: boolean }> };
    if (!link.reconfigureEndpoint) throw new HarnessError('OCPPH_ERR_USAGE', 'reconfigureEndpoint() is only available when the harness plays the CSMS');
    const restore = Object.keys(request).length === 0;
    const res = await link.reconfigureEndpoint(request);
    this.endpointChanged = !restore;
    const what = Object.entries(request).filter(([k]) => k !== 'basicAuthPassword').map(([k, v]) => `${k} ${String(v)}`);
    if (request.basicAuthPassword !== undefined) what.push('a new Basic-auth password');
    this.recorder.step(`${restore ? 'endpoint restored to its configuration' : `endpoint now serves ${what.join(', ')}`}${res.restarted ? ` (server restarted at ${res.url})` : ''}`, 'info');
    return { url: res.url };
  }

  private restoreEndpointAfterCase(): void {
    if (!this.endpointChanged) return;
    this.endpointChanged = false;
    const link = this.link as Link & { reconfigureEndpoint?: (r: EndpointRequest) => Promise<unknown> };
    // The link serializes endpoint changes, and waits for this one before it reports a connection again.
    link.reconfigureEndpoint?.({}).catch((err: unknown) => this.background.step(`could not restore the endpoint: ${(err as Error).message}`, 'fail'));
  }

  /**
   * CSMS side: the station's next connection attempt and how it ended — connected, TLS handshake failed,
   * or upgrade refused (HTTP status) — as data for the case to judge. Armed at once: call it before the
   * action that makes the station connect. When none comes within `timeoutMs`: a FAIL, or undefined with `allowNone`.
   */
  expectConnectionAttempt(options?: { timeoutMs?: number; requirement?: string; allowNone?: false }): Promise<ConnectionAttempt>;
  expectConnectionAttempt(options: { timeoutMs?: number; requirement?: string; allowNone: true }): Promise<ConnectionAttempt | undefined>;
  expectConnectionAttempt(options: { timeoutMs?: number; requirement?: string; allowNone?: boolean } = {}): Promise<ConnectionAttempt | undefined> {
    const timeoutMs = options.timeoutMs ?? this.ics.timeouts.messageMs;
    const link = this.link;
    return new Promise<ConnectionAttempt | undefined>((resolve, reject) => {
      const done = (a: ConnectionAttempt | undefined, err?: CaseFailure) => {
        timer.cancel();
        link.off('connection', onConnection);
        link.off('tlsError', onTls);
        link.off('rejected', onRejected);
        if (err) reject(err);
        else resolve(a);
      };
      const onConnection = (c: LinkConnection) => {
        this.recorder.step(`connection attempt: connected${c.info.tls ? ` (${String((c.info.tls as { protocol?: string }).protocol)})` : ''}`);
        done({ kind: 'connected', info: c.info });
      };
      const onTls = (e: HarnessError) => {
        this.recorder.step(`connection attempt: TLS handshake failed (${e.message})`, 'info');
        done({ kind: 'tlsFailed', reason: e.message });
      };
      const onRejected = (r: RejectedUpgrade) => done({ kind: 'refused', status: r.status, reason: r.error.message }); // recorded by the constructor's listener
      const timer = this.timers.start(timeoutMs, () => {
        if (options.allowNone) {
          this.recorder.step(`no connection attempt within ${timeoutMs} ms`, 'info');
          done(undefined);
        } else {
          this.recorder.step(`no connection attempt within ${timeoutMs} ms`, 'fail');
          done(undefined, new CaseFailure(`expected the charging station to try to connect within ${timeoutMs} ms; it did not`, options.requirement ? { requirement: options.requirement } : {}));
        }
      });
      link.on('connection', onConnection);
      link.on('tlsError', onTls);
      link.on('rejected', onRejected);
    });
  }

  /**
   * Part 6 "going offline": closes the WebSocket and stays offline for `ms`. CSMS side: the station's
   * reconnection attempts are refused (HTTP 401) until then, and accepted after. Station side: the
   * harness's next connection waits until then. Resolves once the connection is closed.
   */
  async goOffline(ms: number): Promise<void> {
    const link = this.link as Link & { stayOffline?: (until: number) => void };
    if (this.side === 'csms') {
      this.refuseConnections();
      this.timers.start(ms, () => this.acceptConnections(), { operatorAware: false });
    } else {
      link.stayOffline?.(Date.now() + ms);
    }
    this.recorder.step(`going offline for ${ms} ms`, 'info');
    await this.disconnect();
  }

  /** Closes our side of the connection. */
  async disconnect(): Promise<void> {
    const c = this.link.current();
    if (!c) return;
    c.rpc.close(1000, 'closed by the test case');
    await c.rpc.waitClosed();
    this.recorder.step('closed the connection');
  }

  // --- internals ---------------------------------------------------------------------------------

  private requireConnection(): RpcConnection {
    const c = this.link.current();
    if (!c) throw new CaseInconclusive('the SUT is not connected');
    return c.rpc;
  }

  private attach(rpc: RpcConnection): void {
    this.openedAt.set(rpc, Date.now());
    if (this.side === 'csms') {
      this.bootStatusBeforeReconnect = this.bootStatus ?? this.bootStatusBeforeReconnect;
      this.bootStatus = undefined;
    }
    rpc.on('frame', (ev: FrameEvent) => this.recorder.addFrame(ev));
    rpc.on('finding', (f: Finding) => this.recorder.addFinding(f));
    rpc.on('call', (call: IncomingCall) => this.onCall(rpc, call));
  }

  private onCall(rpc: RpcConnection, call: IncomingCall): void {
    const entry: InboxEntry = { call, rpc, frame: this.recorder.rxFrame(call.messageId), claimed: false, answered: false };
    if (call.suggestedError && !call.action) {
      // Not a readable CALL: answer it as a conformant peer would; the finding is already recorded.
      rpc.respondError(call.messageId, call.suggestedError.code, call.suggestedError.description);
      return;
    }
    this.inbox.push(entry);
    // A new, unanswered BootNotification: the station is not Accepted until it is answered.
    if (call.action === 'BootNotification' && this.side === 'csms') this.bootStatus = undefined;
    if (call.action === 'StopTransaction') this.untracked.delete(Number(call.payload.transactionId));
    const opened = this.openedAt.get(rpc) ?? 0;
    const waiter = this.waiters.find((w) => w.actions.includes(call.action) && (w.connectedSince === undefined || opened >= w.connectedSince)
      && (!w.filter || safeFilter(w.filter, call.payload)));
    if (waiter) {
      this.waiters = this.waiters.filter((w) => w !== waiter);
      waiter.deliver(entry);
      return;
    }
    const override = this.overrides.get(call.action);
    if (override === false) return;
    // Between cases nobody can claim a call: answer it as a plain conformant counterpart would.
    // Pure information requests (GetVariables, GetConfiguration...) carry no decision either: answered at once.
    if (override || BACKGROUND_ACTIONS.has(call.action) || (this.side === 'station' && INFORMATION_ACTIONS.has(call.action)) || this.recorder === this.background) {
      this.answerByDefault(entry);
      return;
    }
    entry.holdTimer = setTimeout(() => {
      if (!entry.claimed && !entry.answered) this.answerByDefault(entry);
    }, this.holdMs);
    entry.holdTimer.unref();
  }

  private answerByDefault(entry: InboxEntry): void {
    if (entry.answered) return;
    entry.answered = true;
    entry.byDefault = true;
    if (entry.holdTimer) clearTimeout(entry.holdTimer);
    const { call, rpc } = entry;
    if (call.suggestedError) {
      rpc.respondError(call.messageId, call.suggestedError.code, call.suggestedError.description);
      return;
    }
    const override = this.overrides.get(call.action);
    let payload: Payload | undefined;
    this.followUps = [];
    try {
      payload = override ? override(call.payload, this.responderCtx) : defaultResponse(this.side, call.action, call.payload, this.responderCtx);
    } catch (err) {
      // Runs from a socket event, outside any case's try: a responder that chokes on the SUT's payload must not take the run down.
      this.recorder.step(`could not build the default answer to ${call.action}: ${err instanceof Error ? err.message : String(err)}`, 'info');
      rpc.respondError(call.messageId, 'InternalError', `the test harness could not answer ${call.action}`);
      return;
    }
    if (payload === undefined) {
      rpc.respondError(call.messageId, 'NotImplemented', `the test harness does not handle ${call.action} here`);
      return;
    }
    if (call.action === 'BootNotification') this.noteBootAnswered(String(payload.status));
    if (call.action === 'StartTransaction' && typeof payload.transactionId === 'number') {
      // Nothing in the case follows this transaction: keep it, so the general preconditions can stop it.
      this.untracked.set(payload.transactionId, { transactionId: payload.transactionId, connectorId: Number(call.payload.connectorId) });
    }
    rpc.respond(call.messageId, payload);
    const followUps = this.followUps;
    this.followUps = [];
    if (followUps.length) void this.sendFollowUps(followUps);
  }

  /** The harness's own CALLs after a default answer, in order, each waiting its turn; judged by no case. */
  private async sendFollowUps(calls: ReadonlyArray<{ action: string; payload: Payload }>): Promise<void> {
    for (const { action, payload } of calls) {
      const outcome = await this.callRaw(action, payload).catch(() => undefined);
      if (!outcome || outcome.kind === 'closed') return;
    }
  }

  /**
   * Can a case still claim this call? Not a decision call (BootNotification, Authorize...) that the
   * default answer already decided: the case could not answer it, so it waits for a fresh one.
   */
  private claimable(e: InboxEntry): boolean {
    return !e.byDefault || BACKGROUND_ACTIONS.has(e.call.action) || (this.side === 'station' && INFORMATION_ACTIONS.has(e.call.action));
  }

  private toReceived<P>(entry: InboxEntry): ReceivedCall<P> {
    const recorder = this.recorder;
    const noteBoot = (payload: Payload) => { if (entry.call.action === 'BootNotification') this.noteBootAnswered(String(payload.status)); };
    const guard = (what: string) => {
      if (entry.answered) throw new HarnessError('OCPPH_ERR_USAGE', `cannot ${what} ${entry.call.action}: it was already answered by default; arm expectCall before the action that triggers it`);
      entry.answered = true;
    };
    return {
      action: entry.call.action,
      payload: entry.call.payload as P,
      messageId: entry.call.messageId,
      t: entry.call.t,
      frame: entry.frame,
      get answered() { return entry.answered; },
      respond(payload: Payload) {
        guard('respond to');
        noteBoot(payload);
        entry.rpc.respond(entry.call.messageId, payload);
        recorder.step(`responded ${entry.call.action}${summarize(payload)}`);
      },
      respondError(code: string, description = '') {
        guard('answer');
        entry.rpc.respondError(entry.call.messageId, code, description);
        recorder.step(`answered ${entry.call.action} with CALLERROR ${code}`);
      },
      ignore() {
        guard('ignore');
        entry.rpc.forget(entry.call.messageId);
        recorder.step(`left ${entry.call.action} unanswered`, 'info');
      },
    };
  }
}

function safeFilter(filter: (p: Payload) => boolean, payload: Payload): boolean {
  try {
    return filter(payload);
  } catch {
    return false;
  }
}

/** A short "(status Accepted)" style hint for the step log. */
function summarize(payload: Payload): string {
  const keys = ['status', 'reason', 'eventType', 'triggerReason', 'connectorStatus', 'type', 'requestedMessage'];
  const parts = keys.filter((k) => typeof payload[k] === 'string').map((k) => `${k} ${String(payload[k])}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

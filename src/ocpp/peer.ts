import type { RpcConnection, IncomingCall, FrameEvent } from '../rpc/connection.js';
import type { Payload } from '../rpc/codec.js';
import type { Finding, FindingCode } from '../rpc/findings.js';
import type { OcppVersion } from '../domain/version.js';
import type { Action, Request, Response } from '../domain/messages.js';
import type { FrameRecord } from '../domain/records.js';
import { CaseFailure, WaitTimedOut } from '../domain/verdict.js';
import type { CaseRecorder } from './recorder.js';
import type { Link, LinkConnection } from './link.js';
import { BACKGROUND_ACTIONS, defaultResponse, type DefaultResponder, type ResponderContext } from './default-responses.js';
import { receivedCallOf, safeFilter, type InboxEntry } from './peer-inbox.js';
import { PeerConnection, type PeerOptions } from './peer-connection.js';
import type { ExpectOptions, NoCallOptions, Received, ReceivedCall } from './peer-types.js';

export type { CallOptions, ConnectionAttempt, ExpectOptions, NoCallOptions, RawCallOptions, Received, ReceivedCall, UntrackedTransaction } from './peer-types.js';
export type { PeerOptions } from './peer-connection.js';

/** Findings that describe the link, not a protocol violation: they never fail a case by themselves. */
const INFORMATIONAL: ReadonlySet<FindingCode> = new Set(['ABRUPT_CLOSE', 'SOCKET_ERROR']);

interface Waiter {
  actions: readonly string[];
  filter: ((payload: Payload) => boolean) | undefined;
  connectedSince?: number | undefined;
  deliver: (entry: InboxEntry) => void;
}

/**
 * The SUT as a case sees it, whichever role the harness plays: expect its calls, answer them, call
 * it, watch its connection. Payloads are typed per OCPP version V and action. Built on a Link; knows
 * nothing of sockets or test-case ids. The role sides (peer-csms-side.ts, peer-station-side.ts)
 * add what only one role can do, and answer the hooks below.
 */
export abstract class Peer<V extends OcppVersion = OcppVersion, L extends Link = Link> extends PeerConnection<V, L> {
  abstract readonly side: 'csms' | 'station';
  private readonly holdMs: number;
  private inbox: InboxEntry[] = [];
  private waiters: Waiter[] = [];
  private overrides = new Map<string, DefaultResponder | false>();
  private allowed = new Set<FindingCode>();
  private txCounter = 1;
  /** What default answers may use; a role side adds its own (the station side's device model). */
  protected readonly responderCtx: ResponderContext;
  /** CALLs a default answer asked to send once it went out (NotifyReport after GetBaseReport). */
  private followUps: Array<{ action: string; payload: Payload }> = [];
  /** When each connection opened (`connectedSince`). */
  private readonly openedAt = new WeakMap<RpcConnection, number>();
  /**
   * Last BootNotification answer (CSMS side), or the one the harness got (station side). CSMS side, it
   * never survives a reconnection or a new BootNotification: until one is answered it is undefined
   * (a station that merely reconnected sends none; `bootStatusBeforeReconnect` says what it had).
   */
  bootStatus: string | undefined;
  bootStatusBeforeReconnect: string | undefined;
  /** Told of every expectation armed with a timeout (the runner stretches the case deadline for long waits). */
  onWaitArmed: ((timeoutMs: number) => void) | undefined;

  constructor(link: L, options: PeerOptions) {
    super(link, options);
    this.holdMs = options.holdMs ?? 5_000;
    this.responderCtx = {
      version: this.version, ics: this.ics, now: () => this.now(), nextTransactionId: () => this.txCounter++,
      followUp: (action, payload) => this.followUps.push({ action, payload }),
    };
  }

  /** Starts following the link; called by the role side's constructor, once its own fields are set. */
  protected follow(): void {
    this.link.on('connection', (c: LinkConnection) => this.attach(c.rpc));
    const existing = this.link.current();
    if (existing) this.attach(existing.rpc);
  }

  // --- hooks of the role sides --------------------------------------------------------------------

  /** A connection opened. */
  protected onConnectionOpened(): void {}
  /** A CALL arrived (before any expectation sees it). */
  protected onCallArrived(_call: IncomingCall): void {}
  /** The harness answered a call by default. */
  protected onAnsweredByDefault(_call: IncomingCall, _answer: Payload): void {}
  /** Calls answered at once, never held for a case: those that carry no decision. */
  protected answersAtOnce(action: string): boolean {
    return BACKGROUND_ACTIONS.has(action);
  }
  /** The case ended: undo what it changed of the link. */
  protected onCaseEnd(): void {}

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
    this.onCaseEnd();
    const leftovers = this.inbox.filter((e) => !e.answered && e.rpc.isOpen);
    for (const e of leftovers) this.answerByDefault(e);
    this.cancelExpectations();
    this.inbox = [];
    this.recorder = this.background;
    return leftovers.map((e) => e.call.action);
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

  /** Before the first case: what the role needs settled before any case's steps (nothing by default). */
  async beforeFirstCase(_connectMs: number, _bootMs: number): Promise<void> {}

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

  /** Peer findings of the running case that are not allowed: these fail it. */
  unexpectedFindings(): CaseRecorder['findings'] {
    return this.recorder.findings.filter((f) => !INFORMATIONAL.has(f.finding.code) && !this.allowed.has(f.finding.code));
  }

  // --- the case-facing API ----------------------------------------------------------------------

  /** Findings of these codes are part of what the case tests; they do not fail it by themselves. */
  allowFindings(...codes: FindingCode[]): void {
    for (const c of codes) this.allowed.add(c);
  }

  /** Findings recorded so far in this case (to assert on in negative cases). */
  findings(code?: FindingCode): Finding[] {
    return this.recorder.findings.map((f) => f.finding).filter((f) => !code || f.code === code);
  }

  /**
   * Change how an unclaimed call of this action is answered for the rest of the case (false = leave unanswered).
   * Calls of it already held for the case get that answer now: a SUT that waits for its answer before sending
   * anything else (one CALL at a time, OCPP-J) must not stay blocked until the hold runs out.
   */
  autoAnswer<A extends Action<V>>(action: A, responder: DefaultResponder | Response<V, A> | false): void {
    this.overrides.set(action, typeof responder === 'function' || responder === false ? responder : () => responder as Payload);
    if (responder === false) return;
    for (const e of this.inbox) {
      if (e.call.action === action && !e.claimed && !e.answered && e.rpc.isOpen) this.answerByDefault(e);
    }
  }

  /**
   * Waits for the SUT to send `action` (matching `filter`). The wait is armed at once, so
   * `const boot = sut.expectCall('BootNotification'); await operator.do('powerCycle'); await boot;`
   * never misses the call. Fails the case if it does not come in time.
   */
  expectCall<A extends Action<V>>(action: A | readonly A[], options: ExpectOptions<Request<V, A>> = {}): Promise<Received<V, A>> {
    const timeoutMs = options.timeoutMs ?? this.ics.timeouts.messageMs;
    const actions: readonly string[] = typeof action === 'string' ? [action] : action;
    const label = `${actions.join(' or ')}${options.describe ? ` ${options.describe}` : ''}`;
    const filter = options.filter as ((p: Payload) => boolean) | undefined;
    const since = options.connectedSince;
    const promise = new Promise<ReceivedCall>((resolve, reject) => {
      const found = this.inbox.find((e) => !e.claimed && e.rpc.isOpen && actions.includes(e.call.action) && this.claimable(e)
        && (since === undefined || (this.openedAt.get(e.rpc) ?? 0) >= since) && (!filter || safeFilter(filter, e.call.payload)));
      const deliver = (entry: InboxEntry) => {
        entry.claimed = true;
        if (entry.holdTimer) clearTimeout(entry.holdTimer);
        // Background calls carry no decision: answer them at once even when a case claims them.
        if (BACKGROUND_ACTIONS.has(entry.call.action) && this.overrides.get(entry.call.action) !== false) this.answerByDefault(entry);
        this.lastDelivered = entry.frame;
        this.recorder.step(`received ${entry.call.action}${options.describe ? ` ${options.describe}` : ''}${entry.answered ? ' (already answered by default)' : ''}`);
        resolve(receivedCallOf(entry, this.recorder, (answer) => this.noteAnswer(entry.call, answer)));
      };
      if (found) return deliver(found);
      const waiter: Waiter = { actions, filter, connectedSince: since, deliver: (e) => { timer.cancel(); deliver(e); } };
      const recorder = this.recorder;
      const timer = this.timers.start(timeoutMs, () => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        recorder.step(`no ${label} within ${timeoutMs} ms`, options.optional ? 'info' : 'fail');
        reject(new WaitTimedOut(`expected ${label} from the SUT within ${timeoutMs} ms; it did not come`, options.requirement ? { requirement: options.requirement } : {}));
      });
      this.onWaitArmed?.(timeoutMs);
      this.waiters.push(waiter);
    });
    promise.catch(() => undefined);
    // The inbox holds wire payloads; the SUT's frame passed schema validation or already failed the case.
    return promise as Promise<Received<V, A>>;
  }

  /** Waits for `count` calls of `action` (e.g. one StatusNotification per connector). */
  async expectCalls<A extends Action<V>>(action: A | readonly A[], count: number, options: ExpectOptions<Request<V, A>> = {}): Promise<Array<Received<V, A>>> {
    const out: Array<Received<V, A>> = [];
    for (let i = 0; i < count; i += 1) out.push(await this.expectCall(action, { ...options, describe: `${options.describe ?? ''} (${i + 1}/${count})`.trim() }));
    return out;
  }

  /**
   * Passes if the SUT does not send `action` (matching `filter`) for `forMs`; calls already received
   * in this case count too, those received before `since` (ms epoch) excepted.
   */
  expectNoCall<A extends Action<V>>(action: A, forMs: number, options: NoCallOptions<Request<V, A>> = {}): Promise<void> {
    // Armed at once like expectCall; a rejection nobody awaits yet must not crash the run.
    const watch = this.watchNoCall(action, forMs, options as NoCallOptions<Payload>);
    watch.catch(() => undefined);
    return watch;
  }

  private async watchNoCall(action: string, forMs: number, options: NoCallOptions<Payload>): Promise<void> {
    this.recorder.step(`watching for no ${action} during ${forMs} ms`, 'info');
    const sent = (frame: FrameRecord | undefined) => new CaseFailure(`the SUT sent ${action} when it must not${options.describe ? ` (${options.describe})` : ''}`,
      { ...(options.requirement ? { requirement: options.requirement } : {}), ...(frame ? { frame } : {}) });
    // Only the open connection counts: what the SUT sent on a closed one (before a reboot) is history.
    const already = this.inbox.find((e) => !e.claimed && e.rpc.isOpen && e.call.action === action && (options.since === undefined || e.call.t >= options.since)
      && (!options.filter || safeFilter(options.filter, e.call.payload)));
    if (already) {
      this.lastDelivered = already.frame;
      throw sent(already.frame);
    }
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        actions: [action], filter: options.filter,
        deliver: (e) => {
          timer.cancel();
          e.claimed = false;
          this.lastDelivered = e.frame;
          reject(sent(e.frame));
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
  receivedPayloads<A extends Action<V>>(action: A): Array<Request<V, A>> {
    return this.inbox.filter((e) => e.call.action === action).map((e) => e.call.payload as Request<V, A>);
  }

  /**
   * Takes the calls of `action` received so far and not claimed out of reach of later `expectCall`s
   * (answering them by default if needed): a later expectation waits for a new call, not for a stale
   * one (e.g. the status reports of a boot that happened before the case). Returns how many there were.
   */
  forgetReceived(action: Action<V>): number {
    const stale = this.inbox.filter((e) => !e.claimed && e.call.action === action);
    for (const e of stale) {
      e.claimed = true;
      if (!e.answered && e.rpc.isOpen) this.answerByDefault(e);
    }
    return stale.length;
  }

  // --- internals ---------------------------------------------------------------------------------

  private attach(rpc: RpcConnection): void {
    this.openedAt.set(rpc, Date.now());
    this.onConnectionOpened();
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
    this.onCallArrived(call);
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
    if (override || this.answersAtOnce(call.action) || this.recorder === this.background) {
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
    this.noteAnswer(call, payload);
    this.onAnsweredByDefault(call, payload);
    rpc.respond(call.messageId, payload);
    const followUps = this.followUps;
    this.followUps = [];
    if (followUps.length) void this.sendFollowUps(followUps);
  }

  /** The harness's own CALLs after a default answer, in order, each waiting its turn; judged by no case. */
  private async sendFollowUps(calls: ReadonlyArray<{ action: string; payload: Payload }>): Promise<void> {
    for (const { action, payload } of calls) {
      const outcome = await this.callRawUnchecked(action, payload).catch(() => undefined);
      if (!outcome || outcome.kind === 'closed') return;
    }
  }

  /** Every answer the harness gives a BootNotification, by default or from the case, is the station's boot status. */
  protected noteAnswer(call: IncomingCall, answer: Payload): void {
    if (call.action === 'BootNotification') this.bootStatus = String(answer.status);
  }

  /**
   * Can a case still claim this call? Not a decision call (BootNotification, Authorize...) that the
   * default answer already decided: the case could not answer it, so it waits for a fresh one.
   */
  private claimable(e: InboxEntry): boolean {
    return !e.byDefault || this.answersAtOnce(e.call.action);
  }
}

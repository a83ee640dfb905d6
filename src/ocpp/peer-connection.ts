import type { RpcConnection, CallOutcome } from '../rpc/connection.js';
import type { Payload } from '../rpc/codec.js';
import type { OcppVersion } from '../domain/version.js';
import type { Action, Request, Response } from '../domain/messages.js';
import type { FrameRecord } from '../domain/records.js';
import type { Ics } from '../domain/ics.js';
import { CaseFailure, CaseInconclusive } from '../domain/verdict.js';
import { CaseRecorder } from './recorder.js';
import type { Link, LinkConnection } from './link.js';
import type { RejectedUpgrade } from '../transport/server.js';
import { CaseTimers } from './case-timers.js';
import { summarize } from './peer-inbox.js';
import type { CallOptions, RawCallOptions } from './peer-types.js';

export interface PeerOptions {
  ics: Ics;
  /** How long an unclaimed decision call (Boot, Authorize, ...) waits for a case before the default answer. */
  holdMs?: number;
  /** Default wait for the SUT to (re)connect, or for the CSMS to answer our connection (config timeouts.connectMs). */
  connectMs?: number;
}

/**
 * The harness's half of the peer: the connection to the SUT and the CALLs the case sends it, typed
 * per OCPP version V and action, recorded in the running case's recorder. The inbox of the SUT's
 * calls is the other half (peer.ts).
 */
export abstract class PeerConnection<V extends OcppVersion, L extends Link> {
  readonly link: L;
  readonly ics: Ics;
  /** The link's version: whoever builds the peer names V after it. */
  readonly version: V;
  protected readonly connectMs: number | undefined;
  protected recorder: CaseRecorder;
  protected readonly background = new CaseRecorder();
  protected readonly timers = new CaseTimers();
  /** The frame the case last received (a delivered call, or the answer to its call): what a failed assertion blames. */
  protected lastDelivered: FrameRecord | undefined;

  constructor(link: L, options: PeerOptions) {
    this.link = link;
    this.ics = options.ics;
    this.version = link.version as V;
    this.connectMs = options.connectMs;
    this.recorder = this.background;
    // Every refused upgrade (unknown identity, credentials, slow upgrade) shows in the journal of the running case.
    link.on('rejected', (r: RejectedUpgrade) => this.recorder.step(`connection attempt: upgrade refused with HTTP ${r.status} (${r.error.message})`, 'info'));
  }

  get currentRecorder(): CaseRecorder {
    return this.recorder;
  }

  get lastFrameSeen(): FrameRecord | undefined {
    return this.lastDelivered;
  }

  now(): string {
    return new Date().toISOString();
  }

  step(text: string, outcome: 'ok' | 'fail' | 'info' = 'ok'): void {
    this.recorder.step(text, outcome);
  }

  /** How `expectConnection` reports that no connection came (the CSMS side makes it a FAIL). */
  protected notConnected(err: unknown, _timeoutMs: number, _requirement: string | undefined): unknown {
    return err;
  }


  /** Sends a CALL and returns the result payload. A CALLERROR, timeout or disconnect fails the case. */
  async call<A extends Action<V>>(action: A, payload: Request<V, A>, options: CallOptions = {}): Promise<Response<V, A>> {
    return this.callUnchecked(action, payload, options) as Promise<Response<V, A>>;
  }

  /**
   * `call` without payload types: for a payload the case makes invalid on purpose (schema-violation
   * and robustness probes) or an action of no version. Judged like `call`.
   */
  async callUnchecked(action: string, payload: Payload, options: CallOptions = {}): Promise<Payload> {
    const outcome = await this.callRawUnchecked(action, payload, options);
    const req = options.requirement ? { requirement: options.requirement } : {};
    switch (outcome.kind) {
      case 'result':
        return outcome.payload;
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
  async callRaw<A extends Action<V>>(action: A, payload: Request<V, A>, options: RawCallOptions = {}): Promise<CallOutcome> {
    return this.callRawUnchecked(action, payload, options);
  }

  /** `callRaw` without payload types: for a payload the case makes invalid on purpose, or an action of no version. */
  async callRawUnchecked(action: string, payload: Payload, options: RawCallOptions = {}): Promise<CallOutcome> {
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
      throw this.notConnected(err, timeoutMs, requirement);
    }
  }

  /** Closes our side of the connection. */
  async disconnect(): Promise<void> {
    const c = this.link.current();
    if (!c) return;
    c.rpc.close(1000, 'closed by the test case');
    await c.rpc.waitClosed();
    this.recorder.step('closed the connection');
  }

  /** A FAIL of the case, for the role sides (they do not judge by themselves: they report what did not come). */
  protected failure(reason: string, requirement: string | undefined): CaseFailure {
    return new CaseFailure(reason, requirement ? { requirement } : {});
  }

  protected requireConnection(): RpcConnection {
    const c = this.link.current();
    if (!c) throw new CaseInconclusive('the SUT is not connected');
    return c.rpc;
  }
}

/**
 * The harness plays the CSMS; the SUT is a charging station that connects to it. What only this
 * role can do: refuse or accept the station's connection attempts, serve another endpoint, watch
 * an attempt end, wait for the station's first boot, and follow the transactions nobody claimed.
 */
import type { IncomingCall } from '../rpc/connection.js';
import type { Payload } from '../rpc/codec.js';
import type { OcppVersion } from '../domain/version.js';
import { HarnessError } from '../errors.js';
import type { CsmsLink, EndpointRequest, LinkConnection, RefusedAttempt } from './link.js';
import type { RejectedUpgrade } from '../transport/server.js';
import { Peer, type PeerOptions } from './peer.js';
import type { ConnectionAttempt, UntrackedTransaction } from './peer-types.js';

export class CsmsSidePeer<V extends OcppVersion = OcppVersion> extends Peer<V, CsmsLink> {
  readonly side = 'csms' as const;
  private readonly untracked = new Map<number, UntrackedTransaction>();
  private bootWaiters: Array<() => void> = [];
  private refused: RefusedAttempt[] = [];
  private refusedWaiters: Array<(a: RefusedAttempt) => void> | undefined;
  /** True while the case runs against a reconfigured endpoint: the end of the case restores the configured one. */
  private endpointChanged = false;

  constructor(link: CsmsLink, options: PeerOptions) {
    super(link, options);
    this.follow();
  }

  // --- hooks ---------------------------------------------------------------------------------------

  protected override onConnectionOpened(): void {
    this.bootStatusBeforeReconnect = this.bootStatus ?? this.bootStatusBeforeReconnect;
    this.bootStatus = undefined;
  }

  protected override onCallArrived(call: IncomingCall): void {
    // A new, unanswered BootNotification: the station is not Accepted until it is answered.
    if (call.action === 'BootNotification') this.bootStatus = undefined;
    if (call.action === 'StopTransaction') this.untracked.delete(Number(call.payload.transactionId));
  }

  protected override onAnsweredByDefault(call: IncomingCall, answer: Payload): void {
    if (call.action === 'StartTransaction' && typeof answer.transactionId === 'number') {
      // Nothing in the case follows this transaction: keep it, so the general preconditions can stop it.
      this.untracked.set(answer.transactionId, { transactionId: answer.transactionId, connectorId: Number(call.payload.connectorId) });
    }
  }

  protected override noteAnswer(call: IncomingCall, answer: Payload): void {
    super.noteAnswer(call, answer);
    if (call.action !== 'BootNotification') return;
    const waiters = this.bootWaiters;
    this.bootWaiters = [];
    for (const w of waiters) w();
  }

  protected override onCaseEnd(): void {
    this.acceptConnections();
    this.restoreEndpointAfterCase();
  }

  protected override notConnected(err: unknown, timeoutMs: number, requirement: string | undefined): unknown {
    return err instanceof HarnessError ? this.failure(`the charging station did not connect within ${timeoutMs} ms`, requirement) : err;
  }

  /**
   * Before the first case: a station still connecting when the run starts connects and boots now (its
   * boot answered by default), so no case's steps mistake that first boot for the one answering their
   * own power cycle. Bounded by `connectMs` and `bootMs`; judges nothing.
   */
  override async beforeFirstCase(connectMs: number, bootMs: number): Promise<void> {
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

  /** Transactions the SUT started that only the default answer accepted and that it has not stopped (1.6). */
  untrackedTransactions(): UntrackedTransaction[] {
    return [...this.untracked.values()];
  }

  // --- connection attempts -------------------------------------------------------------------------

  /**
   * Refuses (HTTP 401) the station's connection attempts, all of them or those whose URL path starts
   * with `pathPrefix`, until `acceptConnections()` or the end of the case ("the OCTT does not accept
   * the reconnection attempt"). Each refused attempt can be awaited with `expectRefusedConnection`.
   */
  refuseConnections(options: { pathPrefix?: string } = {}): void {
    this.refused = [];
    this.refusedWaiters = [];
    this.link.off('refused', this.onRefused);
    this.link.on('refused', this.onRefused);
    const prefix = options.pathPrefix;
    this.link.refuseConnections(prefix === undefined ? undefined : (a) => a.path.startsWith(prefix));
    this.recorder.step(`refusing the station's connection attempts${prefix ? ` to ${prefix}` : ''}`, 'info');
  }

  /** Accepts connection attempts again. */
  acceptConnections(): void {
    if (this.refusedWaiters === undefined) return;
    this.link.acceptConnections();
    this.link.off('refused', this.onRefused);
    this.refusedWaiters = undefined;
    this.recorder.step('accepting connection attempts again', 'info');
  }

  /** After `refuseConnections`: the next refused attempt (time and URL path), or a FAIL when none comes in time. */
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
        reject(this.failure(`expected the charging station to try to connect within ${timeoutMs} ms; it did not`, requirement));
      });
      waiters.push(waiter);
    });
  }

  private readonly onRefused = (a: RefusedAttempt): void => {
    this.recorder.step(`refused a connection attempt to ${a.path}`, 'info');
    const waiter = this.refusedWaiters?.shift();
    if (waiter) waiter(a);
    else this.refused.push(a);
  };

  /**
   * The station's next connection attempt and how it ended — connected, TLS handshake failed, or
   * upgrade refused (HTTP status) — as data for the case to judge. Armed at once: call it before the
   * action that makes the station connect. When none comes within `timeoutMs`: a FAIL, or undefined with `allowNone`.
   */
  expectConnectionAttempt(options?: { timeoutMs?: number; requirement?: string; allowNone?: false }): Promise<ConnectionAttempt>;
  expectConnectionAttempt(options: { timeoutMs?: number; requirement?: string; allowNone: true }): Promise<ConnectionAttempt | undefined>;
  expectConnectionAttempt(options: { timeoutMs?: number; requirement?: string; allowNone?: boolean } = {}): Promise<ConnectionAttempt | undefined> {
    const timeoutMs = options.timeoutMs ?? this.ics.timeouts.messageMs;
    const link = this.link;
    return new Promise<ConnectionAttempt | undefined>((resolve, reject) => {
      const done = (a: ConnectionAttempt | undefined, err?: Error) => {
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
      const onRejected = (r: RejectedUpgrade) => done({ kind: 'refused', status: r.status, reason: r.error.message }); // recorded by the core's listener
      const timer = this.timers.start(timeoutMs, () => {
        const none = `no connection attempt within ${timeoutMs} ms`;
        if (options.allowNone) {
          this.recorder.step(none, 'info');
          done(undefined);
        } else {
          this.recorder.step(none, 'fail');
          done(undefined, this.failure(`expected the charging station to try to connect within ${timeoutMs} ms; it did not`, options.requirement));
        }
      });
      link.on('connection', onConnection);
      link.on('tlsError', onTls);
      link.on('rejected', onRejected);
    });
  }

  /**
   * Part 6 "going offline": closes the WebSocket and refuses the station's reconnection attempts
   * (HTTP 401) for `ms`, accepting them after. Resolves once the connection is closed.
   */
  async goOffline(ms: number): Promise<void> {
    this.refuseConnections();
    this.timers.start(ms, () => this.acceptConnections(), { operatorAware: false });
    this.recorder.step(`going offline for ${ms} ms`, 'info');
    await this.disconnect();
  }

  // --- the endpoint the harness listens on (the A-block TLS and security-profile cases) -------------

  /**
   * Serves another endpoint from the next connection on — a bad server certificate, an old TLS
   * version, another security profile or Basic-auth password (see EndpointRequest). `{}` restores
   * the configured endpoint; the end of the case does too. A change of security profile restarts the
   * server on the same port (the open connection closes); other changes leave the open connection alone.
   * Returns the endpoint URL (ws:// or wss://).
   */
  async reconfigureEndpoint(request: EndpointRequest = {}): Promise<{ url: string }> {
    const restore = Object.keys(request).length === 0;
    const res = await this.link.reconfigureEndpoint(request);
    this.endpointChanged = !restore;
    const what = Object.entries(request).filter(([k]) => k !== 'basicAuthPassword' && k !== 'serverPem').map(([k, v]) => `${k} ${String(v)}`);
    if (request.basicAuthPassword !== undefined) what.push('a new Basic-auth password');
    if (request.serverPem !== undefined) what.push('a server certificate given as PEM');
    this.recorder.step(`${restore ? 'endpoint restored to its configuration' : `endpoint now serves ${what.join(', ')}`}${res.restarted ? ` (server restarted at ${res.url})` : ''}`, 'info');
    return { url: res.url };
  }

  private restoreEndpointAfterCase(): void {
    if (!this.endpointChanged) return;
    this.endpointChanged = false;
    // The link serializes endpoint changes, and waits for this one before it reports a connection again.
    this.link.reconfigureEndpoint({}).catch((err: unknown) => this.background.step(`could not restore the endpoint: ${(err as Error).message}`, 'fail'));
  }
}

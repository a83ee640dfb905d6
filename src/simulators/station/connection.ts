/**
 * The station's connection to the CSMS: connects with the configured security profile, reconnects
 * with a doubling back-off after a loss (OCPP-J part 4, 5.3), and can be cut on purpose (offline,
 * power cut, reboot). Events: 'connected' (ClientConnectionInfo), 'disconnected' ({code, reason}),
 * 'connectFailed' (HarnessError), 'call' (IncomingCall, RpcConnection), 'frame' (FrameEvent).
 */
import { EventEmitter } from 'node:events';
import type { RpcConnection, IncomingCall, FrameEvent } from '../../rpc/connection.js';
import { connectClient, type OcppClientOptions } from '../../transport/client.js';
import { HarnessError, isHarnessError } from '../../errors.js';
import type { StationContext } from './context.js';

export class StationLink extends EventEmitter {
  private readonly ctx: StationContext;
  private current: RpcConnection | undefined;
  private connecting = false;
  private inflight: Promise<void> | undefined;
  /** Set when the station went down while a connection was opening: that connection is closed as soon as it opens. */
  private abandonOpening: { mode: 'terminate' | 'close'; reason: string; reconnect?: 'backoff' } | undefined;
  private wanted = false;
  private offline = false;
  private failures = 0;
  /** The next close is ours (reboot, password change): reconnect after `restartDelayMs` instead of backing off. */
  private reconnectAtOnce = false;
  private restartDelayMs = 0;
  private offlineSince: number | undefined;
  /** How long the connection was down before the current one (0 on a first connection). */
  lastOutageMs = 0;

  constructor(ctx: StationContext, private readonly clientOptions: () => Promise<OcppClientOptions>) {
    super();
    this.ctx = ctx;
  }

  get rpc(): RpcConnection | undefined {
    return this.current?.isOpen ? this.current : undefined;
  }

  get isOnline(): boolean {
    return this.rpc !== undefined;
  }

  get isOfflineByOperator(): boolean {
    return this.offline;
  }

  /** Connects; resolves after the first attempt (connected or failed: retries continue in the background). */
  async start(): Promise<void> {
    this.wanted = true;
    this.failures = 0;
    await this.attempt();
  }

  /** Closes for good. */
  async stop(): Promise<void> {
    this.wanted = false;
    this.ctx.timers.clear('reconnect');
    await this.inflight;
    const rpc = this.current;
    if (rpc && !rpc.closeInfo) {
      const closed = rpc.waitClosed();
      rpc.close(1000, 'station stopped');
      const forced = setTimeout(() => rpc.terminate(), 1_000);
      await closed;
      clearTimeout(forced);
    }
  }

  /** The network goes away: the socket drops, no reconnect until `goOnline()`. */
  async goOffline(): Promise<void> {
    this.offline = true;
    this.ctx.timers.clear('reconnect');
    await this.drop('terminate');
  }

  goOnline(): void {
    this.offline = false;
    this.failures = 0;
    if (!this.current?.isOpen) void this.attempt();
  }

  /**
   * Drops the connection (power cut: no closing handshake; reboot: a normal close) and starts
   * reconnecting at once. Resolves when the old connection is gone and the new attempt has begun.
   */
  async restart(mode: 'terminate' | 'close', reason = 'reboot', delayMs = 0): Promise<void> {
    this.failures = 0;
    this.ctx.timers.clear('reconnect');
    this.reconnectAtOnce = true;
    this.restartDelayMs = delayMs;
    // A connection still opening when the station goes down goes down with it: it is closed the moment it opens,
    // before the station says anything on it, and the station connects again (at machine pace, a power cycle right
    // after a reconnection otherwise booted on the connection the cycle should have ended).
    if (this.connecting) {
      this.abandonOpening = { mode, reason };
      await this.settled();
      return;
    }
    if (!(await this.drop(mode, reason))) {
      this.reconnectAtOnce = false;
      this.reconnectAfterRestart();
    }
  }

  /** Connects again after a restart: at once, or once the station is back up (`restartDelayMs`, a slow reboot). */
  private reconnectAfterRestart(): void {
    const delay = this.restartDelayMs;
    this.restartDelayMs = 0;
    if (this.offline || !this.wanted) return;
    if (delay > 0) this.ctx.timers.timeout('reconnect', delay, () => void this.attempt());
    else void this.attempt();
  }

  /** The socket dies at once (a power cut): nothing more leaves; reconnecting follows the usual back-off. */
  async cut(): Promise<void> {
    if (this.connecting) {
      this.abandonOpening = { mode: 'terminate', reason: '', reconnect: 'backoff' };
      await this.settled();
      return;
    }
    await this.drop('terminate');
  }

  /** Resolves once no connection attempt is in flight. */
  private async settled(): Promise<void> {
    while (this.inflight) await this.inflight;
  }

  /** Closes the current connection; resolves true once it is closed (false when there was none). */
  private async drop(mode: 'terminate' | 'close', reason = ''): Promise<boolean> {
    const rpc = this.current;
    if (!rpc || rpc.closeInfo) return false;
    await closeNow(rpc, mode, reason);
    return true;
  }

  private attempt(): Promise<void> {
    if (this.connecting || !this.wanted || this.offline || this.current?.isOpen) return this.inflight ?? Promise.resolve();
    this.connecting = true;
    this.inflight = this.connectOnce().finally(() => {
      this.connecting = false;
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async connectOnce(): Promise<void> {
    this.ctx.timers.clear('reconnect');
    try {
      const options = await this.clientOptions();
      const { rpc, info } = await connectClient(options);
      if (!this.wanted || this.offline) {
        rpc.close(1000, this.offline ? 'offline' : 'station stopped');
        return;
      }
      const abandoned = this.abandonOpening;
      if (abandoned) {
        // The station went down while this connection was opening (restart / cut): it dies unused.
        this.abandonOpening = undefined;
        await closeNow(rpc, abandoned.mode, abandoned.reason);
        this.offlineSince ??= Date.now();
        setImmediate(() => (abandoned.reconnect === 'backoff' ? this.scheduleReconnect() : this.reconnectAfterRestart()));
        return;
      }
      this.failures = 0;
      this.current = rpc;
      rpc.on('frame', (ev: FrameEvent) => this.emit('frame', ev));
      rpc.on('call', (call: IncomingCall) => this.emit('call', call, rpc));
      rpc.on('close', (c: { code: number; reason: string }) => this.onClose(rpc, c));
      this.lastOutageMs = this.offlineSince === undefined ? 0 : Date.now() - this.offlineSince;
      this.offlineSince = undefined;
      this.emit('connected', info);
    } catch (err) {
      const e = isHarnessError(err) ? err : new HarnessError('OCPPH_ERR_CONNECT', (err as Error).message, undefined, { cause: err });
      this.emit('connectFailed', e);
      this.scheduleReconnect();
    }
  }

  private onClose(rpc: RpcConnection, c: { code: number; reason: string }): void {
    if (this.current !== rpc) return;
    this.current = undefined;
    this.offlineSince ??= Date.now();
    this.emit('disconnected', c);
    if (this.reconnectAtOnce) {
      this.reconnectAtOnce = false;
      this.reconnectAfterRestart();
    } else {
      this.scheduleReconnect();
    }
  }

  /**
   * Part 4 5.3: the first reconnect after RetryBackOffWaitMinimum (+ up to RetryBackOffRandomRange),
   * each further one after twice the previous wait, doubling at most RetryBackOffRepeatTimes times.
   */
  private scheduleReconnect(): void {
    if (!this.wanted || this.offline) return;
    const t = this.ctx.options.timings;
    const s = this.ctx.settings;
    let delay: number;
    if (this.ctx.faults.has('reconnect-ignores-backoff')) {
      delay = t.reconnectBackoffMs;
    } else {
      const base = Math.max(t.reconnectBackoffMs, s.int('retryBackOffWaitMinimum', 0) * 1000);
      const doubled = base * 2 ** Math.min(this.failures, s.int('retryBackOffRepeatTimes', 16), 16);
      delay = Math.max(base, Math.min(doubled, t.reconnectBackoffMaxMs)) + Math.random() * s.int('retryBackOffRandomRange', 0) * 1000;
    }
    this.failures++;
    this.ctx.log.debug(`reconnecting in ${delay} ms`);
    this.ctx.timers.timeout('reconnect', delay, () => void this.attempt());
  }
}

/** Closes (or kills) a connection and resolves once it is closed; one that does not close in a second is killed. */
async function closeNow(rpc: RpcConnection, mode: 'terminate' | 'close', reason: string): Promise<void> {
  const closed = rpc.waitClosed();
  if (mode === 'terminate') rpc.terminate();
  else rpc.close(1000, reason);
  const forced = setTimeout(() => rpc.terminate(), 1_000);
  await closed;
  clearTimeout(forced);
}

/**
 * Shared fixture of the reference-station tests (this file holds no tests): a scripted CSMS on the
 * project's own OcppServer that records every CALL the station makes, answers with plain handlers,
 * and lets a test wait for a call with a timeout.
 */
import { EventEmitter } from 'node:events';
import type { RpcConnection, CallOutcome, IncomingCall } from '../../src/rpc/connection.js';
import type { Payload } from '../../src/rpc/codec.js';
import type { Finding } from '../../src/rpc/findings.js';
import { OcppServer, type AcceptedConnection, type RejectedUpgrade, type OcppServerOptions } from '../../src/transport/server.js';
import { ReferenceStation } from '../../src/simulators/station/station.js';
import type { StationOptions, StationVersion } from '../../src/simulators/station/types.js';
import { nextEvent, type Cleanup } from '../helpers/wait.js';

export interface Received {
  index: number;
  action: string;
  payload: Payload;
  messageId: string;
  t: number;
  rpc: RpcConnection;
}

/** A handler's answer: a payload, 'hold' (leave the CALL unanswered), or a CALLERROR. */
export type Answer = Payload | 'hold' | { error: string };
export type Responder = (payload: Payload, call: Received) => Answer;

export const NOW = () => new Date().toISOString();

export class MiniCsms extends EventEmitter {
  readonly calls: Received[] = [];
  readonly connections: AcceptedConnection[] = [];
  /** Findings of the server-side RPC layer about what the station sent. */
  readonly findings: Finding[] = [];
  readonly rejected: RejectedUpgrade[] = [];
  readonly tlsErrors: Error[] = [];
  bootStatus: 'Accepted' | 'Pending' | 'Rejected' = 'Accepted';
  interval = 300;
  readonly invalidTokens = new Set(['INVALID01']);
  private readonly responders = new Map<string, Responder>();
  private readonly taken = new Set<number>();
  private nextTxId = 100;

  private constructor(readonly server: OcppServer, readonly version: StationVersion) {
    super();
    server.on('connection', (c: AcceptedConnection) => this.attach(c));
    server.on('rejected', (r: RejectedUpgrade) => this.rejected.push(r));
    server.on('tlsError', (e: Error) => {
      this.tlsErrors.push(e);
      this.emit('tlsError', e);
    });
  }

  static async start(version: StationVersion, options: Partial<OcppServerOptions> = {}): Promise<MiniCsms> {
    const server = new OcppServer({ versions: [version], securityProfile: 0, ...options });
    await server.listen();
    return new MiniCsms(server, version);
  }

  get url(): string {
    return this.server.url;
  }

  /** The most recent connection. */
  get rpc(): RpcConnection {
    const c = this.connections[this.connections.length - 1];
    if (!c) throw new Error('no station connected');
    return c.rpc;
  }

  respond(action: string, responder: Responder): void {
    this.responders.set(action, responder);
  }

  callsOf(action: string): Received[] {
    return this.calls.filter((c) => c.action === action);
  }

  /** The first call of `action` (matching `filter`) not yet returned by an earlier wait, received or future. */
  waitCall(action: string, options: { filter?: (p: Payload) => boolean; timeoutMs?: number } = {}): Promise<Received> {
    const match = (c: Received) => c.action === action && !this.taken.has(c.index) && (!options.filter || options.filter(c.payload));
    const found = this.calls.find(match);
    if (found) {
      this.taken.add(found.index);
      return Promise.resolve(found);
    }
    return nextEvent<Received>(this, 'call', { timeoutMs: options.timeoutMs ?? 3_000, filter: match }).then((c) => {
      this.taken.add(c.index);
      return c;
    }).catch((err: Error) => {
      throw new Error(`${err.message} (${action}; received so far: ${this.calls.map((c) => c.action).join(', ') || 'nothing'})`);
    });
  }

  /** Resolves if no call of `action` arrives within `ms` (a bounded wait for an absence). */
  async expectNone(action: string, ms: number, filter?: (p: Payload) => boolean): Promise<void> {
    const before = this.calls.length;
    await new Promise((r) => setTimeout(r, ms));
    const late = this.calls.slice(before).filter((c) => c.action === action && (!filter || filter(c.payload)));
    if (late.length) throw new Error(`unexpected ${action}: ${JSON.stringify(late[0]?.payload)}`);
  }

  nextConnection(timeoutMs = 3_000): Promise<AcceptedConnection> {
    return nextEvent<AcceptedConnection>(this, 'connection', { timeoutMs });
  }

  call(action: string, payload: Payload, timeoutMs = 3_000): Promise<CallOutcome> {
    return this.rpc.call(action, payload, { timeoutMs });
  }

  async close(): Promise<void> {
    await this.server.close();
  }

  private attach(c: AcceptedConnection): void {
    this.connections.push(c);
    c.rpc.on('finding', (f: Finding) => {
      if (f.origin === 'peer') this.findings.push(f);
    });
    c.rpc.on('call', (call: IncomingCall) => this.onCall(c.rpc, call));
    this.emit('connection', c);
  }

  private onCall(rpc: RpcConnection, call: IncomingCall): void {
    const received: Received = { index: this.calls.length, action: call.action, payload: call.payload, messageId: call.messageId, t: call.t, rpc };
    this.calls.push(received);
    const answer = (this.responders.get(call.action) ?? ((p: Payload) => this.defaultAnswer(call.action, p)))(call.payload, received);
    if (answer === 'hold') {
      // answered later by the test, or never
    } else if ('error' in answer && typeof answer.error === 'string') rpc.respondError(call.messageId, answer.error, 'test CSMS');
    else rpc.respond(call.messageId, answer as Payload);
    this.emit('call', received);
  }

  defaultAnswer(action: string, p: Payload): Payload {
    const v16 = this.version === '1.6';
    const status = (token: string | undefined) => (token && this.invalidTokens.has(token) ? 'Invalid' : 'Accepted');
    switch (action) {
      case 'BootNotification': return { status: this.bootStatus, currentTime: NOW(), interval: this.interval };
      case 'Heartbeat': return { currentTime: NOW() };
      case 'Authorize':
        return v16 ? { idTagInfo: { status: status(p.idTag as string) } } : { idTokenInfo: { status: status((p.idToken as Payload).idToken as string) } };
      case 'TransactionEvent':
        return p.idToken ? { idTokenInfo: { status: status((p.idToken as Payload).idToken as string) } } : {};
      case 'StartTransaction': return { transactionId: this.nextTxId++, idTagInfo: { status: status(p.idTag as string) } };
      case 'SignCertificate': return { status: 'Accepted' };
      case 'DataTransfer': return { status: 'UnknownVendorId' };
      default: return {};
    }
  }
}

export interface StationUnderTest {
  station: ReferenceStation;
  lines: string[];
}

/** A reference station pointed at `csms` with test timings; stopped by `cleanup`. */
export function stationFor(csms: MiniCsms, cleanup: Cleanup, options: Partial<StationOptions> = {}): StationUnderTest {
  const lines: string[] = [];
  const station = new ReferenceStation({
    url: csms.url,
    version: csms.version,
    stationId: 'CS001',
    log: (line) => lines.push(line),
    ...options,
    timings: { reconnectBackoffMs: 50, reconnectBackoffMaxMs: 400, bootRetryMs: 300, callTimeoutMs: 2_000, resetFlushMs: 1_000, ...(options.timings ?? {}) },
  });
  cleanup.add(station, (s) => s.stop());
  return { station, lines };
}

/** Starts the station and waits until its boot was answered Accepted and the first statuses arrived. */
export async function bootAccepted(csms: MiniCsms, station: ReferenceStation, statuses: number): Promise<void> {
  await station.start();
  await csms.waitCall('BootNotification');
  for (let i = 0; i < statuses; i++) await csms.waitCall('StatusNotification');
}

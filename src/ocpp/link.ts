import { EventEmitter } from 'node:events';
import type { RpcConnection } from '../rpc/connection.js';
import type { OcppVersion } from '../rpc/versions.js';
import { OcppServer, type OcppServerOptions, type ConnectionInfo, type RejectedUpgrade, type AuthRequest } from '../transport/server.js';
import { connectClient, type OcppClientOptions } from '../transport/client.js';
import { HarnessError } from '../errors.js';

export interface LinkConnection {
  rpc: RpcConnection;
  /** Negotiated details: station id, version, TLS info... */
  info: Record<string, unknown> & { stationId: string; version: OcppVersion };
}

/**
 * The harness's side of the wire, whichever role it plays. Events: 'connection' (LinkConnection),
 * 'disconnect' ({code, reason}), 'rejected' (RejectedUpgrade, CSMS side), 'tlsError' (HarnessError).
 */
export interface Link extends EventEmitter {
  readonly harnessRole: 'csms' | 'station';
  readonly version: OcppVersion;
  current(): LinkConnection | undefined;
  /** Resolves with an open connection: waits for the station (CSMS side) or connects (station side). */
  ensureConnected(timeoutMs: number): Promise<LinkConnection>;
  close(): Promise<void>;
}

function waitFor<T>(emitter: EventEmitter, event: string, timeoutMs: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(event, onEvent);
      reject(new HarnessError('OCPPH_ERR_NOT_CONNECTED', `${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onEvent = (value: T) => {
      clearTimeout(timer);
      resolve(value);
    };
    emitter.once(event, onEvent);
  });
}

/** A connection attempt the harness refused on purpose (cases that make the station retry). */
export interface RefusedAttempt {
  t: number;
  path: string;
  stationId: string;
}

/** The harness listens as CSMS; the station under test connects to it. Extra event: 'refused' (RefusedAttempt). */
export class CsmsLink extends EventEmitter implements Link {
  readonly harnessRole = 'csms' as const;
  readonly version: OcppVersion;
  readonly server: OcppServer;
  private conn: LinkConnection | undefined;
  private readonly expectedStationId: string | undefined;
  /** While set, connection attempts it matches are refused (HTTP 401) before authentication. */
  private refusal: ((attempt: { path: string; stationId: string }) => boolean) | undefined;

  constructor(options: OcppServerOptions & { expectedStationId?: string }) {
    super();
    this.version = options.versions[0] as OcppVersion;
    this.expectedStationId = options.expectedStationId;
    const authenticate = options.authenticate;
    this.server = new OcppServer({
      ...options,
      authenticate: (req: AuthRequest) => {
        if (this.refusal?.({ path: req.path, stationId: req.stationId })) {
          this.emit('refused', { t: Date.now(), path: req.path, stationId: req.stationId } satisfies RefusedAttempt);
          return false;
        }
        return authenticate ? authenticate(req) : true;
      },
    });
    this.server.on('connection', ({ rpc, info }: { rpc: RpcConnection; info: ConnectionInfo }) => {
      const previous = this.conn;
      this.conn = { rpc, info: { ...info } };
      if (previous && previous.rpc !== rpc) previous.rpc.close(1000, 'replaced by a new connection');
      rpc.once('close', (c: { code: number; reason: string }) => {
        if (this.conn?.rpc === rpc) this.conn = undefined;
        this.emit('disconnect', { ...c, stationId: info.stationId });
      });
      this.emit('connection', this.conn);
    });
    this.server.on('rejected', (r: RejectedUpgrade) => this.emit('rejected', r));
    this.server.on('tlsError', (e: HarnessError) => this.emit('tlsError', e));
  }

  async listen(): Promise<{ port: number; url: string }> {
    return this.server.listen();
  }

  get stationId(): string | undefined {
    return this.expectedStationId;
  }

  /** Refuses the station's connection attempts that `match` selects (all when omitted) until `acceptConnections()`. */
  refuseConnections(match: (attempt: { path: string; stationId: string }) => boolean = () => true): void {
    this.refusal = match;
  }

  acceptConnections(): void {
    this.refusal = undefined;
  }

  current(): LinkConnection | undefined {
    return this.conn?.rpc.isOpen ? this.conn : undefined;
  }

  async ensureConnected(timeoutMs: number): Promise<LinkConnection> {
    const c = this.current();
    if (c) return c;
    return waitFor<LinkConnection>(this, 'connection', timeoutMs, 'the charging station did not connect');
  }

  async close(): Promise<void> {
    await this.server.close();
  }
}

/** The harness connects as a charging station to the CSMS under test. */
export class StationLink extends EventEmitter implements Link {
  readonly harnessRole = 'station' as const;
  readonly version: OcppVersion;
  private conn: LinkConnection | undefined;
  private base: OcppClientOptions;

  constructor(options: OcppClientOptions) {
    super();
    this.base = options;
    this.version = options.versions[0] as OcppVersion;
  }

  get options(): OcppClientOptions {
    return this.base;
  }

  current(): LinkConnection | undefined {
    return this.conn?.rpc.isOpen ? this.conn : undefined;
  }

  /**
   * Opens a connection, optionally with other credentials/TLS (negative cases): `tls` overrides are
   * merged into the configured TLS options (set a field to undefined to drop it). `persist` makes
   * the overrides the new defaults (e.g. a BasicAuthPassword the CSMS set). Rejects with the typed connect error.
   */
  async connect(overrides: Partial<OcppClientOptions> = {}, options: { persist?: boolean } = {}): Promise<LinkConnection> {
    const old = this.conn;
    if (old?.rpc.isOpen) {
      old.rpc.close(1000, 'reconnecting');
      await old.rpc.waitClosed();
    }
    const merged: OcppClientOptions = { ...this.base, ...overrides, ...(overrides.tls ? { tls: { ...this.base.tls, ...overrides.tls } } : {}) };
    if (options.persist) this.base = merged;
    const { rpc, info } = await connectClient(merged);
    const conn: LinkConnection = { rpc, info: { ...info } };
    this.conn = conn;
    rpc.once('close', (c: { code: number; reason: string }) => {
      if (this.conn?.rpc === rpc) this.conn = undefined;
      this.emit('disconnect', { ...c, stationId: info.stationId });
    });
    this.emit('connection', conn);
    return conn;
  }

  async ensureConnected(timeoutMs: number): Promise<LinkConnection> {
    const c = this.current();
    if (c) return c;
    return this.connect({ handshakeTimeoutMs: timeoutMs });
  }

  async close(): Promise<void> {
    const c = this.conn;
    this.conn = undefined;
    if (c?.rpc.isOpen) {
      c.rpc.close(1000, 'run finished');
      await c.rpc.waitClosed();
    }
  }
}

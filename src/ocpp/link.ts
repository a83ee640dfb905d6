import { EventEmitter } from 'node:events';
import type { RpcConnection } from '../rpc/connection.js';
import type { OcppVersion } from '../rpc/versions.js';
import type { SecureVersion } from 'node:tls';
import { OcppServer, type OcppServerOptions, type ConnectionInfo, type RejectedUpgrade, type AuthRequest } from '../transport/server.js';
import { usesTls, type TlsOptions } from '../transport/security.js';
import type { SecurityProfile } from '../domain/security-profile.js';
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

/**
 * What a case may change of the endpoint the harness listens on (CSMS side), for the next connections:
 * the negative TLS cases (a bad server certificate, an old TLS version) and security profile changes.
 * Omitted fields keep the configured value; an empty request restores the configured endpoint.
 */
export interface EndpointRequest {
  /** Test-PKI role of the certificate the server presents, e.g. 'expired-server', 'unknown-ca-server', 'wrong-host-server'. */
  serverCert?: string;
  /** A certificate chain (leaf first) and key the server presents instead, as PEM (TC_M_30_CS: one issued under the new CSMS root). */
  serverPem?: { cert: string; key: string };
  minTlsVersion?: SecureVersion;
  /** Newest TLS version the server allows ('TLSv1.1': a CSMS that only allows an old TLS). */
  maxTlsVersion?: SecureVersion;
  /** OpenSSL cipher list the server allows (TLS 1.2 and older). */
  ciphers?: string;
  /** Security profile the endpoint enforces: ws or wss, Basic auth, client certificates. */
  securityProfile?: SecurityProfile;
  /** The Basic-auth password the endpoint accepts from now on (after the station took a new BasicAuthPassword). */
  basicAuthPassword?: string;
}

/** What an EndpointRequest comes to: the session resolves it (it holds the PKI and the configured values). */
export interface EndpointSettings {
  securityProfile: SecurityProfile;
  tls?: TlsOptions;
  authenticate?: OcppServerOptions['authenticate'];
}

export type EndpointResolver = (request: EndpointRequest) => Promise<EndpointSettings>;

/**
 * The harness listens as CSMS; the station under test connects to it. Extra events: 'refused'
 * (RefusedAttempt), 'endpoint' ({url, securityProfile}) after `reconfigureEndpoint`.
 */
export class CsmsLink extends EventEmitter implements Link {
  readonly harnessRole = 'csms' as const;
  readonly version: OcppVersion;
  private listening: OcppServer;
  private conn: LinkConnection | undefined;
  private readonly expectedStationId: string | undefined;
  /** While set, connection attempts it matches are refused (HTTP 401) before authentication. */
  private refusal: ((attempt: { path: string; stationId: string }) => boolean) | undefined;
  /** The server options in force (`reconfigureEndpoint` changes them). */
  private serverOptions: OcppServerOptions;
  private authenticate: OcppServerOptions['authenticate'];
  private resolver: EndpointResolver | undefined;
  /** Endpoint changes run one after the other; `ensureConnected` waits for the last one. */
  private reconfiguring: Promise<unknown> = Promise.resolve();

  constructor(options: OcppServerOptions & { endpointResolver?: EndpointResolver }) {
    super();
    this.version = options.versions[0] as OcppVersion;
    this.expectedStationId = options.expectedStationId;
    this.resolver = options.endpointResolver;
    // The server refuses other station identities (HTTP 404) itself.
    const { endpointResolver: _r, ...serverOptions } = options;
    this.serverOptions = serverOptions;
    this.authenticate = options.authenticate;
    this.listening = this.createServer();
  }

  /** The listening server (a new one after a restart by `reconfigureEndpoint`). */
  get server(): OcppServer {
    return this.listening;
  }

  private createServer(): OcppServer {
    const server = new OcppServer({
      ...this.serverOptions,
      authenticate: (req: AuthRequest) => {
        if (this.refusal?.({ path: req.path, stationId: req.stationId })) {
          this.emit('refused', { t: Date.now(), path: req.path, stationId: req.stationId } satisfies RefusedAttempt);
          return false;
        }
        return this.authenticate ? this.authenticate(req) : true;
      },
    });
    server.on('connection', ({ rpc, info }: { rpc: RpcConnection; info: ConnectionInfo }) => {
      const previous = this.conn;
      this.conn = { rpc, info: { ...info } };
      if (previous && previous.rpc !== rpc) previous.rpc.close(1000, 'replaced by a new connection');
      rpc.once('close', (c: { code: number; reason: string }) => {
        if (this.conn?.rpc === rpc) this.conn = undefined;
        this.emit('disconnect', { ...c, stationId: info.stationId });
      });
      this.emit('connection', this.conn);
    });
    server.on('rejected', (r: RejectedUpgrade) => this.emit('rejected', r));
    server.on('tlsError', (e: HarnessError) => this.emit('tlsError', e));
    return server;
  }

  async listen(): Promise<{ port: number; url: string }> {
    return this.listening.listen();
  }

  /** How `reconfigureEndpoint` turns a request into server settings (set by the session, which holds the PKI). */
  setEndpointResolver(resolver: EndpointResolver): void {
    this.resolver = resolver;
  }

  /**
   * Serves the endpoint `request` describes from the next connection on ({} restores the configured one).
   * A change of TLS material or versions takes effect at the next handshake and leaves the open connection
   * alone; a change of security profile restarts the server on the same port, closing the open connection.
   */
  async reconfigureEndpoint(request: EndpointRequest): Promise<{ url: string; securityProfile: SecurityProfile; restarted: boolean }> {
    const resolver = this.resolver;
    if (!resolver) throw new HarnessError('OCPPH_ERR_USAGE', 'this endpoint cannot be reconfigured: no endpoint resolver was set');
    const run = this.reconfiguring.then(async () => this.applyEndpoint(await resolver(request)));
    this.reconfiguring = run.catch(() => undefined);
    return run;
  }

  private async applyEndpoint(next: EndpointSettings): Promise<{ url: string; securityProfile: SecurityProfile; restarted: boolean }> {
    this.authenticate = next.authenticate;
    const before = this.serverOptions;
    const { tls: _t, ...rest } = before;
    this.serverOptions = { ...rest, securityProfile: next.securityProfile, ...(next.tls ? { tls: next.tls } : {}) };
    let restarted = false;
    const sameProfile = before.securityProfile === next.securityProfile;
    if (!sameProfile || (usesTls(next.securityProfile) && !(next.tls && this.listening.setTls(next.tls)))) {
      // Another kind of endpoint (ws <-> wss, client certificates or not): a new server on the same port.
      const port = this.listening.port;
      await this.listening.close();
      this.serverOptions = { ...this.serverOptions, port };
      this.listening = this.createServer();
      await this.listening.listen();
      restarted = true;
    }
    const out = { url: this.listening.url, securityProfile: next.securityProfile, restarted };
    this.emit('endpoint', out);
    return out;
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
    await this.reconfiguring;
    const c = this.current();
    if (c) return c;
    return waitFor<LinkConnection>(this, 'connection', timeoutMs, 'the charging station did not connect');
  }

  async close(): Promise<void> {
    await this.reconfiguring;
    await this.listening.close();
  }
}

/** The harness connects as a charging station to the CSMS under test. */
export class StationLink extends EventEmitter implements Link {
  readonly harnessRole = 'station' as const;
  readonly version: OcppVersion;
  private conn: LinkConnection | undefined;
  private base: OcppClientOptions;
  /** Pause between a connection closing and the next one opening (`timeouts.reconnectDelayMs`): a real station does not reconnect in 20 ms. */
  private readonly reconnectDelayMs: number;
  private lastClosedAt = 0;
  private offlineUntil = 0;

  constructor(options: OcppClientOptions & { reconnectDelayMs?: number }) {
    super();
    const { reconnectDelayMs, ...client } = options;
    this.base = client;
    this.reconnectDelayMs = reconnectDelayMs ?? 0;
    this.version = options.versions[0] as OcppVersion;
  }

  /** Going offline (Part 6): no connection opens before `until` (ms epoch). */
  stayOffline(until: number): void {
    this.offlineUntil = Math.max(this.offlineUntil, until);
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
    const wait = Math.max(this.lastClosedAt + this.reconnectDelayMs, this.offlineUntil) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { rpc, info } = await connectClient(merged);
    const conn: LinkConnection = { rpc, info: { ...info } };
    this.conn = conn;
    rpc.once('close', (c: { code: number; reason: string }) => {
      this.lastClosedAt = Date.now();
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

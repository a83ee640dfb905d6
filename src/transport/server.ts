import { EventEmitter } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { HarnessError } from '../errors.js';
import { RpcConnection } from '../rpc/connection.js';
import { keepAlive } from './keepalive.js';
import { subprotocolOf, versionOfSubprotocol, type OcppVersion } from '../rpc/versions.js';
import { cipherListFor, DEFAULT_TLS_MIN_VERSION, parseBasicAuth, serverCertKeys, usesBasicAuth, usesTls, type TlsOptions } from './security.js';
import type { SecurityProfile } from '../domain/security-profile.js';

export const DEFAULT_MAX_PAYLOAD = 10 * 1024 * 1024;

/** How long a peer may take from TCP connect to a complete upgrade request (TLS handshake included). */
export const DEFAULT_UPGRADE_TIMEOUT_MS = 15_000;

export interface AuthRequest {
  stationId: string;
  /** The URL path of the upgrade request (e.g. /ocpp/CS001): which endpoint the station chose. */
  path: string;
  securityProfile: SecurityProfile;
  username?: string;
  password?: string;
  /** Profile 3: the verified client certificate's subject, serial number and key (A00.FR.502/503/508 checks). */
  clientCert?: { commonName?: string; organization?: string; fingerprint256?: string; serialNumber?: string; bits?: number; keyType?: 'rsa' | 'ec' | 'other' };
  remoteAddress?: string;
}

export interface OcppServerOptions {
  host?: string;
  /** 0 = any free port. */
  port?: number;
  /** Accepted versions, in order of preference. */
  versions: OcppVersion[];
  securityProfile: SecurityProfile;
  tls?: TlsOptions;
  /** Decides whether a station may connect (profiles 1-3). Without it every well-formed request is accepted. */
  authenticate?: (req: AuthRequest) => boolean | Promise<boolean>;
  maxPayloadBytes?: number;
  callTimeoutMs?: number;
  /** Frames nesting deeper than this are a finding, kept as raw text (config limits.maxFrameDepth). */
  maxFrameDepth?: number;
  /** WebSocket ping interval; a connection that misses a pong by the next ping is terminated. 0 disables pings. */
  pingIntervalMs?: number;
  /**
   * The only station identity this endpoint serves (the SUT's): another one gets HTTP 404 at the upgrade
   * (OCPP-J: unknown identity). Under profile 3 the verified client certificate's CN is accepted too.
   * Without it every identity is served (the reference CSMS, which knows several stations).
   */
  expectedStationId?: string;
  /** A peer that has not sent a complete upgrade request this long after connecting is dropped (slow-loris). */
  upgradeTimeoutMs?: number;
}

export interface ConnectionInfo {
  stationId: string;
  /** The URL path the station connected to (e.g. /ocpp/CS001). */
  path: string;
  version: OcppVersion;
  protocol: string;
  securityProfile: SecurityProfile;
  remoteAddress?: string;
  username?: string;
  tls?: { protocol: string | null; cipher?: string; clientCert?: AuthRequest['clientCert'] };
  connectedAt: number;
}

export interface AcceptedConnection {
  rpc: RpcConnection;
  info: ConnectionInfo;
  ws: WebSocket;
}

export interface RejectedUpgrade {
  stationId?: string;
  remoteAddress?: string;
  status: number;
  error: HarnessError;
}

/** The raw TCP socket the 'connection' event gave, which a TLSSocket wraps (its _parent). */
function rawSocketOf(s: Duplex): Duplex {
  return (s as Duplex & { _parent?: Duplex })._parent ?? s;
}

/**
 * The WebSocket endpoint the harness (or the reference CSMS) listens on. The station identity is
 * the last URL path segment. Events: 'connection' (AcceptedConnection), 'rejected' (RejectedUpgrade),
 * 'tlsError' (HarnessError), 'error' is never emitted for peer misbehaviour.
 */
export class OcppServer extends EventEmitter {
  private readonly options: OcppServerOptions;
  private readonly httpServer: http.Server | https.Server;
  private readonly wss: WebSocketServer;
  private readonly negotiated = new WeakMap<http.IncomingMessage, string>();
  /** Open connections; close() terminates them through their RpcConnection so the 1006 is not blamed on the peer. */
  private readonly live = new Map<WebSocket, RpcConnection>();
  /** Every TCP socket, upgraded or not: close() must not wait for a peer that never finishes its handshake. */
  private readonly sockets = new Set<Duplex>();

  constructor(options: OcppServerOptions) {
    super();
    this.options = options;
    const profile = options.securityProfile;
    if (usesTls(profile)) {
      const tls = options.tls;
      if (!tls?.cert || !tls.key) throw new HarnessError('OCPPH_ERR_CONFIG', `security profile ${profile} needs a server certificate and key`);
      if (profile === 3 && !tls.ca) throw new HarnessError('OCPPH_ERR_CONFIG', 'security profile 3 needs the CA that signs station certificates');
      const ciphers = cipherListFor(tls);
      this.httpServer = https.createServer({
        ...serverCertKeys(tls),
        ...(tls.ca ? { ca: tls.ca } : {}),
        minVersion: tls.minVersion ?? DEFAULT_TLS_MIN_VERSION,
        ...(tls.maxVersion ? { maxVersion: tls.maxVersion } : {}),
        ...(ciphers ? { ciphers } : {}),
        requestCert: profile === 3,
        rejectUnauthorized: profile === 3,
      });
      this.httpServer.on('tlsClientError', (err: Error & { code?: string }, socket: TLSSocket) => {
        if (this.timedOut.has(rawSocketOf(socket))) return; // we dropped it (upgrade timeout): not the peer's refusal
        // A client certificate that does not verify makes Node drop the socket ('socket hang up'): say why.
        const certError = socket.authorizationError ? `client certificate refused (${String(socket.authorizationError)})` : undefined;
        this.emit('tlsError', new HarnessError('OCPPH_ERR_TLS', `TLS handshake with ${socket.remoteAddress ?? 'peer'} failed: ${certError ?? err.message}`,
          { code: err.code, remoteAddress: socket.remoteAddress, ...(certError ? { authorizationError: String(socket.authorizationError) } : {}) }, { cause: err }));
      });
    } else {
      this.httpServer = http.createServer();
    }
    this.httpServer.on('connection', (socket: Duplex) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    this.boundUpgrades(options.upgradeTimeoutMs ?? DEFAULT_UPGRADE_TIMEOUT_MS);
    if (this.httpServer instanceof https.Server) this.watchHandshakes(this.httpServer);
    this.httpServer.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.writeHead(426, { 'Content-Type': 'text/plain' }).end('OCPP-J endpoint: WebSocket upgrade required\n');
    });
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD,
      handleProtocols: (_offered, req) => this.negotiated.get(req) ?? false,
    });
    this.httpServer.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy());
      this.handleUpgrade(req, socket, head).catch((err: unknown) => {
        this.reject(socket, 500, new HarnessError('OCPPH_ERR_CONNECT', `upgrade failed: ${(err as Error).message}`), {});
      });
    });
  }

  async listen(): Promise<{ port: number; url: string }> {
    const host = this.options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      this.httpServer.once('error', reject);
      this.httpServer.listen(this.options.port ?? 0, host, () => {
        this.httpServer.off('error', reject);
        resolve();
      });
    });
    return { port: this.port, url: this.url };
  }

  get port(): number {
    return (this.httpServer.address() as AddressInfo).port;
  }

  /** Base URL; append `/<stationId>`. */
  get url(): string {
    const a = this.httpServer.address() as AddressInfo;
    const host = a.family === 'IPv6' ? `[${a.address}]` : a.address;
    return `${usesTls(this.options.securityProfile) ? 'wss' : 'ws'}://${host}:${a.port}/ocpp`;
  }

  /**
   * A TLS client that refuses the server certificate is not always seen by Node's server: under TLS 1.2
   * (and with Node clients, which verify after the handshake) the handshake completes and the client then
   * just closes. A TCP connection that closes without an HTTP request or upgrade, and without a reported
   * tlsClientError, is therefore reported as a 'tlsError' too: the negative TLS cases must see the attempt.
   */
  private watchHandshakes(server: https.Server): void {
    const pending = new Set<Duplex>();
    const secured = new WeakSet<Duplex>();
    server.on('connection', (socket: Duplex & { remoteAddress?: string }) => {
      pending.add(socket);
      socket.once('close', () => setImmediate(() => {
        if (!pending.delete(socket) || this.closing || this.timedOut.has(socket)) return;
        const what = secured.has(socket) ? 'closed the connection after the TLS handshake without an HTTP upgrade request (it most likely refused the server certificate)'
          : 'closed the connection before the TLS handshake completed';
        this.emit('tlsError', new HarnessError('OCPPH_ERR_TLS', `TLS handshake with ${socket.remoteAddress ?? 'peer'} failed: the peer ${what}`, { remoteAddress: socket.remoteAddress }));
      }));
    });
    server.on('secureConnection', (tls: TLSSocket) => secured.add(rawSocketOf(tls)));
    server.on('tlsClientError', (_err: Error, tls: TLSSocket) => pending.delete(rawSocketOf(tls)));
    server.on('upgrade', (req: http.IncomingMessage) => pending.delete(rawSocketOf(req.socket)));
    server.on('request', (req: http.IncomingMessage) => pending.delete(rawSocketOf(req.socket)));
  }

  private closing = false;
  /** Raw sockets dropped by the upgrade timeout: their close is not a TLS refusal by the peer. */
  private readonly timedOut = new WeakSet<Duplex>();

  /**
   * Slow-loris guard: a TCP connection must have completed its TLS handshake (if any) and sent a whole
   * HTTP request within `timeoutMs`, else it is dropped (HTTP 408 when an HTTP answer is still possible)
   * and reported as a 'rejected' upgrade.
   */
  private boundUpgrades(timeoutMs: number): void {
    const timers = new WeakMap<Duplex, NodeJS.Timeout>();
    const httpSockets = new WeakMap<Duplex, Duplex>();
    const settle = (req: http.IncomingMessage) => {
      const raw = rawSocketOf(req.socket);
      clearTimeout(timers.get(raw));
      timers.delete(raw);
    };
    this.httpServer.on('connection', (socket: Duplex & { remoteAddress?: string }) => {
      if (!(this.httpServer instanceof https.Server)) httpSockets.set(socket, socket);
      const timer = setTimeout(() => {
        timers.delete(socket);
        if (socket.destroyed || this.closing) return;
        this.timedOut.add(socket);
        const error = new HarnessError('OCPPH_ERR_CONNECT', `${socket.remoteAddress ?? 'a peer'} did not complete its upgrade request within ${timeoutMs} ms: connection dropped`,
          { status: 408, timeoutMs });
        // Mid-handshake there is no HTTP to answer with: just drop. Else the 408 goes out first (bounded wait).
        const answer = httpSockets.get(socket);
        if (!answer) socket.destroy();
        this.reject(answer ?? socket, 408, error, socket.remoteAddress ? { remoteAddress: socket.remoteAddress } : {});
        answer?.once('finish', () => socket.destroy());
        setTimeout(() => socket.destroy(), 1_000).unref();
      }, timeoutMs);
      timer.unref();
      timers.set(socket, timer);
      socket.once('close', () => { clearTimeout(timer); timers.delete(socket); });
    });
    if (this.httpServer instanceof https.Server) {
      this.httpServer.on('secureConnection', (tls: TLSSocket) => httpSockets.set(rawSocketOf(tls), tls));
    }
    this.httpServer.on('upgrade', settle);
    this.httpServer.on('request', settle);
  }

  /**
   * Serves other TLS material or versions from the next handshake on (open connections keep theirs).
   * False when the endpoint is plain ws (a change of security profile needs a new server).
   */
  setTls(tls: TlsOptions): boolean {
    if (!(this.httpServer instanceof https.Server) || !tls.cert || !tls.key) return false;
    const ciphers = cipherListFor(tls);
    this.httpServer.setSecureContext({
      ...serverCertKeys(tls),
      ...(tls.ca ? { ca: tls.ca } : {}),
      minVersion: tls.minVersion ?? DEFAULT_TLS_MIN_VERSION,
      ...(tls.maxVersion ? { maxVersion: tls.maxVersion } : {}),
      ...(ciphers ? { ciphers } : {}),
    });
    return true;
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const rpc of this.live.values()) rpc.terminate();
    this.wss.close();
    const closed = new Promise<void>((resolve) => this.httpServer.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private async handleUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const profile = this.options.securityProfile;
    const remoteAddress = req.socket.remoteAddress;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const lastSegment = path.split('/').filter(Boolean).pop() ?? '';
    let stationId: string;
    try {
      stationId = decodeURIComponent(lastSegment);
    } catch {
      // Malformed percent-encoding is the client's error (400), not ours (500).
      return this.reject(socket, 400, new HarnessError('OCPPH_ERR_CONNECT', `malformed percent-encoding in the station identity '${lastSegment}'`), { stationId: lastSegment, remoteAddress });
    }
    const ctx = { stationId, remoteAddress };
    if (!stationId) return this.reject(socket, 400, new HarnessError('OCPPH_ERR_CONNECT', `no station identity in the URL path '${path}'`), ctx);
    const unknown = this.unknownIdentity(stationId, req);
    if (unknown) return this.reject(socket, 404, unknown, ctx);

    const offered = String(req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim()).filter(Boolean);
    const chosen = this.options.versions.map(subprotocolOf).find((p) => offered.includes(p));
    if (!chosen) {
      return this.reject(socket, 400, new HarnessError('OCPPH_ERR_SUBPROTOCOL',
        `station ${stationId} offered subprotocols [${offered.join(', ') || 'none'}]; this endpoint speaks [${this.options.versions.map(subprotocolOf).join(', ')}]`,
        { offered }), ctx);
    }

    const auth: AuthRequest = { stationId, path, securityProfile: profile, ...(remoteAddress ? { remoteAddress } : {}) };
    if (usesBasicAuth(profile)) {
      const basic = parseBasicAuth(req.headers.authorization);
      if (!basic) return this.reject(socket, 401, new HarnessError('OCPPH_ERR_HTTP_STATUS', `station ${stationId} sent no HTTP Basic credentials (security profile ${profile})`, { status: 401 }), ctx);
      if (basic.username !== stationId) {
        return this.reject(socket, 401, new HarnessError('OCPPH_ERR_HTTP_STATUS', `Basic auth username '${basic.username}' is not the station identity '${stationId}'`, { status: 401 }), ctx);
      }
      auth.username = basic.username;
      auth.password = basic.password;
    }
    let tlsInfo: ConnectionInfo['tls'];
    if (usesTls(profile)) {
      const tlsSocket = req.socket as TLSSocket;
      tlsInfo = { protocol: tlsSocket.getProtocol(), cipher: tlsSocket.getCipher()?.name };
      if (profile === 3) {
        const cert = tlsSocket.getPeerCertificate();
        if (!tlsSocket.authorized || !cert || !cert.subject) {
          return this.reject(socket, 401, new HarnessError('OCPPH_ERR_TLS', `station ${stationId} presented no valid client certificate: ${String(tlsSocket.authorizationError ?? 'none sent')}`), ctx);
        }
        const cn = Array.isArray(cert.subject.CN) ? cert.subject.CN[0] : cert.subject.CN;
        const o = Array.isArray(cert.subject.O) ? cert.subject.O[0] : cert.subject.O;
        const ec = (cert as { asn1Curve?: string; nistCurve?: string }).asn1Curve !== undefined || (cert as { nistCurve?: string }).nistCurve !== undefined;
        auth.clientCert = {
          ...(cn ? { commonName: cn } : {}), ...(o ? { organization: o } : {}), fingerprint256: cert.fingerprint256,
          ...(cert.serialNumber ? { serialNumber: cert.serialNumber } : {}), ...(typeof cert.bits === 'number' ? { bits: cert.bits } : {}),
          keyType: ec ? 'ec' : cert.modulus ? 'rsa' : 'other',
        };
        tlsInfo.clientCert = auth.clientCert;
        // A00.FR.405: the CN *contains* the station's identity (a CSO may add a prefix or suffix).
        if (!(cn ?? '').includes(stationId)) {
          return this.reject(socket, 401, new HarnessError('OCPPH_ERR_TLS', `client certificate CN '${cn ?? ''}' does not contain the station identity '${stationId}'`), ctx);
        }
      }
    }
    if (this.options.authenticate && !(await this.options.authenticate(auth))) {
      return this.reject(socket, 401, new HarnessError('OCPPH_ERR_HTTP_STATUS', `station ${stationId} was refused by the authentication policy (security profile ${profile})`, { status: 401 }), ctx);
    }
    if (socket.destroyed) return;

    this.negotiated.set(req, chosen);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const version = versionOfSubprotocol(chosen) as OcppVersion;
      const info: ConnectionInfo = {
        stationId, path, version, protocol: chosen, securityProfile: profile, connectedAt: Date.now(),
        ...(remoteAddress ? { remoteAddress } : {}), ...(auth.username ? { username: auth.username } : {}), ...(tlsInfo ? { tls: tlsInfo } : {}),
      };
      const rpc = new RpcConnection(ws, { version, id: stationId, ...(this.options.callTimeoutMs ? { callTimeoutMs: this.options.callTimeoutMs } : {}), ...(this.options.maxFrameDepth ? { maxFrameDepth: this.options.maxFrameDepth } : {}) });
      this.live.set(ws, rpc);
      ws.on('close', () => this.live.delete(ws));
      keepAlive(ws, this.options.pingIntervalMs ?? 0);
      this.emit('connection', { rpc, info, ws } satisfies AcceptedConnection);
    });
  }

  /** The refusal of a station identity this endpoint does not serve, or undefined when it is served. */
  private unknownIdentity(stationId: string, req: http.IncomingMessage): HarnessError | undefined {
    const expected = this.options.expectedStationId;
    if (expected === undefined || stationId === expected) return undefined;
    if (this.options.securityProfile === 3) {
      const tlsSocket = req.socket as TLSSocket;
      const cn = tlsSocket.authorized ? tlsSocket.getPeerCertificate().subject?.CN : undefined;
      if ((Array.isArray(cn) ? cn[0] : cn) === stationId) return undefined;
    }
    return new HarnessError('OCPPH_ERR_CONNECT', `unknown station identity ${JSON.stringify(stationId)} in the upgrade request: this endpoint serves station ${JSON.stringify(expected)}`,
      { status: 404, identity: stationId, expected });
  }

  private reject(socket: Duplex, status: number, error: HarnessError, ctx: { stationId?: string; remoteAddress?: string | undefined }): void {
    const text = http.STATUS_CODES[status] ?? 'Error';
    const extra = status === 401 ? 'WWW-Authenticate: Basic realm="OCPP"\r\n' : '';
    if (!socket.destroyed) socket.end(`HTTP/1.1 ${status} ${text}\r\n${extra}Connection: close\r\nContent-Length: 0\r\n\r\n`);
    const ev: RejectedUpgrade = { status, error, ...(ctx.stationId ? { stationId: ctx.stationId } : {}), ...(ctx.remoteAddress ? { remoteAddress: ctx.remoteAddress } : {}) };
    this.emit('rejected', ev);
  }
}

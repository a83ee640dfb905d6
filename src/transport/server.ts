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
import { cipherListFor, DEFAULT_TLS_MIN_VERSION, parseBasicAuth, serverCertKeys, usesBasicAuth, usesTls, type SecurityProfile, type TlsOptions } from './security.js';

export const DEFAULT_MAX_PAYLOAD = 10 * 1024 * 1024;

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
  /** WebSocket ping interval; a connection that misses a pong by the next ping is terminated. 0 disables pings. */
  pingIntervalMs?: number;
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
    // The TLSSocket wraps the raw TCP socket the 'connection' event gave (its _parent).
    const rawOf = (s: Duplex): Duplex => (s as Duplex & { _parent?: Duplex })._parent ?? s;
    server.on('connection', (socket: Duplex & { remoteAddress?: string }) => {
      pending.add(socket);
      socket.once('close', () => setImmediate(() => {
        if (!pending.delete(socket) || this.closing) return;
        const what = secured.has(socket) ? 'closed the connection after the TLS handshake without an HTTP upgrade request (it most likely refused the server certificate)'
          : 'closed the connection before the TLS handshake completed';
        this.emit('tlsError', new HarnessError('OCPPH_ERR_TLS', `TLS handshake with ${socket.remoteAddress ?? 'peer'} failed: the peer ${what}`, { remoteAddress: socket.remoteAddress }));
      }));
    });
    server.on('secureConnection', (tls: TLSSocket) => secured.add(rawOf(tls)));
    server.on('tlsClientError', (_err: Error, tls: TLSSocket) => pending.delete(rawOf(tls)));
    server.on('upgrade', (req: http.IncomingMessage) => pending.delete(rawOf(req.socket)));
    server.on('request', (req: http.IncomingMessage) => pending.delete(rawOf(req.socket)));
  }

  private closing = false;

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
    const stationId = decodeURIComponent(path.split('/').filter(Boolean).pop() ?? '');
    const ctx = { stationId, remoteAddress };
    if (!stationId) return this.reject(socket, 400, new HarnessError('OCPPH_ERR_CONNECT', `no station identity in the URL path '${path}'`), ctx);

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
        if (cn !== stationId) {
          return this.reject(socket, 401, new HarnessError('OCPPH_ERR_TLS', `client certificate CN '${cn ?? ''}' is not the station identity '${stationId}'`), ctx);
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
      const rpc = new RpcConnection(ws, { version, id: stationId, ...(this.options.callTimeoutMs ? { callTimeoutMs: this.options.callTimeoutMs } : {}) });
      this.live.set(ws, rpc);
      ws.on('close', () => this.live.delete(ws));
      keepAlive(ws, this.options.pingIntervalMs ?? 0);
      this.emit('connection', { rpc, info, ws } satisfies AcceptedConnection);
    });
  }

  private reject(socket: Duplex, status: number, error: HarnessError, ctx: { stationId?: string; remoteAddress?: string | undefined }): void {
    const text = http.STATUS_CODES[status] ?? 'Error';
    const extra = status === 401 ? 'WWW-Authenticate: Basic realm="OCPP"\r\n' : '';
    if (!socket.destroyed) socket.end(`HTTP/1.1 ${status} ${text}\r\n${extra}Connection: close\r\nContent-Length: 0\r\n\r\n`);
    const ev: RejectedUpgrade = { status, error, ...(ctx.stationId ? { stationId: ctx.stationId } : {}), ...(ctx.remoteAddress ? { remoteAddress: ctx.remoteAddress } : {}) };
    this.emit('rejected', ev);
  }
}

import type { CsmsFaultName } from './blocks/index.js';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { HarnessError } from '../../errors.js';
import { cipherListFor, DEFAULT_TLS_MIN_VERSION, parseBasicAuth, basicAuthHeader, serverCertKeys, usesTls, type TlsOptions } from '../../transport/security.js';
import type { SecurityProfile } from '../../domain/security-profile.js';
import type { RejectedUpgrade } from '../../transport/server.js';

/**
 * The front door for faults the transport refuses to express. `OcppServer` rightly rejects a
 * Basic-auth username that is not the station id, and a missing or untrusted client certificate,
 * before any hook runs; a CSMS with the faults `accepts-username-mismatch`, `accepts-missing-credentials`,
 * `accepts-unknown-subprotocol`, `accepts-missing-client-cert`, `accepts-unknown-client-cert` or `accepts-foreign-client-cn` has to let those through. The
 * gate listens on the public port, terminates TLS itself, applies the lenient checks, and pipes
 * the upgrade request to an inner `OcppServer` on loopback (profile 1 for Basic auth, else 0).
 *
 * Events: 'rejected' (RejectedUpgrade), 'tlsError' (HarnessError).
 */
export interface GateOptions {
  host: string;
  port: number;
  profile: SecurityProfile;
  tls: TlsOptions | undefined;
  innerPort: number;
  hasFault: (name: CsmsFaultName) => boolean;
  /** Required O of client certificates (A00.FR.404), when set. */
  organization?: string;
  /** The station's Basic-auth password (fault accepts-missing-credentials lets a station in as if it had sent it). */
  passwordFor?: (stationId: string) => string | undefined;
  /** The subprotocol the CSMS answers with under fault accepts-unknown-subprotocol. */
  subprotocol?: string;
}

export interface GateAdmission {
  stationId: string;
  tls?: { protocol: string | null; cipher?: string; clientCert?: { commonName?: string; organization?: string; fingerprint256?: string } };
  /** What the lenient check let through, for the log. */
  waived: string[];
}

/** The gate is needed only when one of these faults is on for a profile it concerns. */
export function needsGate(profile: SecurityProfile, hasFault: (name: CsmsFaultName) => boolean): boolean {
  if (hasFault('accepts-unknown-subprotocol')) return true;
  if (profile === 1 || profile === 2) return hasFault('accepts-username-mismatch') || hasFault('accepts-missing-credentials');
  if (profile === 3) return hasFault('accepts-missing-client-cert') || hasFault('accepts-unknown-client-cert') || hasFault('accepts-foreign-client-cn');
  return false;
}

/** The profile the inner server runs: the gate has done TLS, the inner server still does Basic auth. */
export function innerProfile(profile: SecurityProfile): SecurityProfile {
  return profile === 1 || profile === 2 ? 1 : 0;
}

export class LenientGate extends EventEmitter {
  private readonly options: GateOptions;
  private readonly server: http.Server | https.Server;
  private readonly sockets = new Set<Duplex>();
  /** Latest admission per station id (the inner server cannot see TLS details). */
  readonly admissions = new Map<string, GateAdmission>();

  constructor(options: GateOptions) {
    super();
    this.options = options;
    const tls = options.tls;
    if (usesTls(options.profile)) {
      if (!tls?.cert || !tls.key) throw new HarnessError('OCPPH_ERR_CONFIG', `security profile ${options.profile} needs a server certificate and key`);
      const ciphers = cipherListFor(tls);
      this.server = https.createServer({
        ...serverCertKeys(tls), ...(tls.ca ? { ca: tls.ca } : {}),
        minVersion: tls.minVersion ?? DEFAULT_TLS_MIN_VERSION, ...(tls.maxVersion ? { maxVersion: tls.maxVersion } : {}), ...(ciphers ? { ciphers } : {}),
        requestCert: options.profile === 3,
        rejectUnauthorized: false,
      });
      this.server.on('tlsClientError', (err: Error & { code?: string }, socket: TLSSocket) => {
        this.emit('tlsError', new HarnessError('OCPPH_ERR_TLS', `TLS handshake with ${socket.remoteAddress ?? 'peer'} failed: ${err.message}`, { code: err.code }, { cause: err }));
      });
    } else {
      this.server = http.createServer();
    }
    this.server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.writeHead(426, { 'Content-Type': 'text/plain' }).end('OCPP-J endpoint: WebSocket upgrade required\n');
    });
    this.server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => this.onUpgrade(req, socket, head));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return this.port;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    this.track(socket);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const stationId = decodeURIComponent(path.split('/').filter(Boolean).pop() ?? '');
    const remoteAddress = req.socket.remoteAddress;
    const admission: GateAdmission = { stationId, waived: [] };
    /** Request headers the inner server sees instead of (or beside) the station's, by lowercase name. */
    const headers: Record<string, string> = {};
    const profile = this.options.profile;

    const offered = String(req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim()).filter(Boolean);
    const own = this.options.subprotocol;
    if (own && !offered.includes(own) && this.options.hasFault('accepts-unknown-subprotocol')) {
      // accepts-unknown-subprotocol: the inner server is told the station offered the CSMS's own version.
      headers['sec-websocket-protocol'] = own;
      admission.waived.push(`no supported subprotocol offered (${offered.join(', ') || 'none'})`);
    }
    if (profile === 1 || profile === 2) {
      const basic = parseBasicAuth(req.headers.authorization);
      if (basic && basic.username !== stationId) {
        // accepts-username-mismatch: the inner server sees the station id as username; the password is still checked.
        headers.authorization = basicAuthHeader(stationId, basic.password);
        admission.waived.push(`Basic-auth username '${basic.username}' is not the station id`);
      }
      if (!basic && this.options.hasFault('accepts-missing-credentials')) {
        // accepts-missing-credentials: no Authorization header is taken as the right one.
        headers.authorization = basicAuthHeader(stationId, this.options.passwordFor?.(stationId) ?? '');
        admission.waived.push('no HTTP Basic credentials');
      }
    }
    if (usesTls(profile)) {
      const tlsSocket = req.socket as TLSSocket;
      admission.tls = { protocol: tlsSocket.getProtocol(), ...(tlsSocket.getCipher()?.name ? { cipher: tlsSocket.getCipher().name } : {}) };
    }
    if (profile === 3) {
      const tlsSocket = req.socket as TLSSocket;
      const cert = tlsSocket.getPeerCertificate();
      const hasCert = cert !== null && typeof cert === 'object' && Object.keys(cert).length > 0 && cert.subject !== undefined;
      if (!hasCert) {
        if (!this.options.hasFault('accepts-missing-client-cert')) return this.reject(socket, stationId, remoteAddress, `station ${stationId} presented no client certificate`);
        admission.waived.push('no client certificate');
      } else {
        const cn = Array.isArray(cert.subject.CN) ? cert.subject.CN[0] : cert.subject.CN;
        const o = Array.isArray(cert.subject.O) ? cert.subject.O[0] : cert.subject.O;
        if (admission.tls) admission.tls.clientCert = { ...(cn ? { commonName: cn } : {}), ...(o ? { organization: o } : {}), fingerprint256: cert.fingerprint256 };
        if (!tlsSocket.authorized) {
          if (!this.options.hasFault('accepts-unknown-client-cert')) {
            return this.reject(socket, stationId, remoteAddress, `station ${stationId} presented an untrusted client certificate: ${String(tlsSocket.authorizationError)}`);
          }
          admission.waived.push(`untrusted client certificate (${String(tlsSocket.authorizationError)})`);
        }
        // A00.FR.405: the CN must *contain* the station's identity (a CSO may prefix or suffix it).
        if (!(cn ?? '').includes(stationId)) {
          if (!this.options.hasFault('accepts-foreign-client-cn')) return this.reject(socket, stationId, remoteAddress, `client certificate CN '${cn ?? ''}' does not contain the station identity '${stationId}'`);
          admission.waived.push(`client certificate CN '${cn ?? ''}' without the station identity`);
        }
        if (this.options.organization !== undefined && o !== this.options.organization) {
          return this.reject(socket, stationId, remoteAddress, `client certificate O '${o ?? ''}' is not the CSO '${this.options.organization}'`);
        }
      }
    }
    this.admissions.set(stationId, admission);
    this.forward(req, socket, head, headers);
  }

  private forward(req: http.IncomingMessage, socket: Duplex, head: Buffer, headers: Record<string, string>): void {
    const upstream = net.connect(this.options.innerPort, '127.0.0.1');
    this.track(upstream);
    upstream.on('error', () => socket.destroy());
    upstream.on('close', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    upstream.once('connect', () => {
      const lines = [`${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/${req.httpVersion}`];
      const pending = new Map(Object.entries(headers));
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i] as string;
        const replacement = pending.get(name.toLowerCase());
        pending.delete(name.toLowerCase());
        lines.push(`${name}: ${replacement ?? (req.rawHeaders[i + 1] as string)}`);
      }
      for (const [name, value] of pending) lines.push(`${name}: ${value}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      socket.pipe(upstream);
      upstream.pipe(socket);
    });
  }

  private track(s: Duplex): void {
    this.sockets.add(s);
    s.on('error', () => s.destroy());
    s.on('close', () => this.sockets.delete(s));
  }

  private reject(socket: Duplex, stationId: string, remoteAddress: string | undefined, message: string): void {
    if (!socket.destroyed) socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    const ev: RejectedUpgrade = { status: 401, error: new HarnessError('OCPPH_ERR_TLS', message), ...(stationId ? { stationId } : {}), ...(remoteAddress ? { remoteAddress } : {}) };
    this.emit('rejected', ev);
  }
}

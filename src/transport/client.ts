import type http from 'node:http';
import { isIP, type createConnection as netCreateConnection, type Socket } from 'node:net';
import { checkServerIdentity, connect as tlsConnect, type ConnectionOptions, type PeerCertificate, type TLSSocket } from 'node:tls';
import { WebSocket } from 'ws';
import { HarnessError } from '../errors.js';
import { RpcConnection } from '../rpc/connection.js';
import { keepAlive } from './keepalive.js';
import { subprotocolOf, versionOfSubprotocol, type OcppVersion } from '../rpc/versions.js';
import { basicAuthHeader, cipherListFor, DEFAULT_TLS_MIN_VERSION, usesTls, weakKeyProblem, type TlsOptions } from './security.js';
import type { SecurityProfile } from '../domain/security-profile.js';
import { DEFAULT_MAX_PAYLOAD } from './server.js';

export interface OcppClientOptions {
  /** CSMS endpoint base URL; the station id is appended as the last path segment. */
  url: string;
  stationId: string;
  /** Offered subprotocols, in order of preference. */
  versions: OcppVersion[];
  /** Negative cases: the Sec-WebSocket-Protocol values offered verbatim instead of those of `versions` (e.g. an unknown 'ocpp0.1'). */
  protocols?: string[];
  securityProfile: SecurityProfile;
  /** Profiles 1-2. The username defaults to the station id. */
  basicAuth?: { username?: string; password: string };
  tls?: TlsOptions;
  maxPayloadBytes?: number;
  callTimeoutMs?: number;
  /** Frames nesting deeper than this are a finding, kept as raw text (config limits.maxFrameDepth). */
  maxFrameDepth?: number;
  handshakeTimeoutMs?: number;
  /** WebSocket ping interval; a connection that misses a pong by the next ping is terminated. 0 or absent disables pings. */
  pingIntervalMs?: number;
}

export interface ClientConnectionInfo {
  url: string;
  stationId: string;
  version: OcppVersion;
  protocol: string;
  tls?: { protocol: string | null; cipher?: string; peerCertificate?: PeerCertificateInfo };
}

/** What a TLS client saw of the server's certificate (A00.FR.5xx checks). */
export interface PeerCertificateInfo {
  subjectCN?: string;
  subjectO?: string;
  /** Hex, as OpenSSL prints it; absent when the certificate has none. */
  serialNumber?: string;
  /** Key size in bits (RSA modulus, or the curve size for EC). */
  bits?: number;
  keyType?: 'rsa' | 'ec' | 'other';
  validTo?: string;
}

function keyTypeOf(c: PeerCertificate): PeerCertificateInfo['keyType'] {
  const ec = (c as { asn1Curve?: string; nistCurve?: string }).asn1Curve !== undefined || (c as { nistCurve?: string }).nistCurve !== undefined;
  return ec ? 'ec' : c.modulus ? 'rsa' : 'other';
}

/**
 * Node's host name check, then A00.FR.502/503 on the server's key. Node runs it before any application
 * data leaves (no upgrade request, no Basic credentials reach a server with a weak key).
 */
function checkServer(host: string, cert: PeerCertificate): Error | undefined {
  const hostError = checkServerIdentity(host, cert);
  if (hostError) return hostError;
  const problem = weakKeyProblem({ ...(typeof cert.bits === 'number' ? { bits: cert.bits } : {}), keyType: keyTypeOf(cert) });
  if (!problem) return undefined;
  return new HarnessError('OCPPH_ERR_TLS', `the server certificate is refused: ${problem}`,
    { requirement: problem.includes('RSA') ? 'A00.FR.502' : 'A00.FR.503', bits: cert.bits });
}

function peerCertificateInfo(socket: TLSSocket): PeerCertificateInfo | undefined {
  const c = socket.getPeerCertificate();
  if (!c || typeof c !== 'object' || !c.subject) return undefined;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const cn = first(c.subject.CN);
  const o = first(c.subject.O);
  return {
    ...(cn !== undefined ? { subjectCN: cn } : {}),
    ...(o !== undefined ? { subjectO: o } : {}),
    ...(c.serialNumber ? { serialNumber: c.serialNumber } : {}),
    ...(typeof c.bits === 'number' ? { bits: c.bits } : {}),
    keyType: keyTypeOf(c),
    ...(c.valid_to ? { validTo: c.valid_to } : {}),
  };
}

/** The station's URL: the id is appended to the path, before any query string (OCPP-J 3.1.1). */
export function endpointUrl(base: string, stationId: string): string {
  const q = base.search(/[?#]/);
  const [path, rest] = q < 0 ? [base, ''] : [base.slice(0, q), base.slice(q)];
  return `${path.replace(/\/+$/, '')}/${encodeURIComponent(stationId)}${rest}`;
}

/** Opens an OCPP-J connection as a charging station. Rejects with a HarnessError whose code says what failed. */
export function connectClient(options: OcppClientOptions): Promise<{ rpc: RpcConnection; info: ClientConnectionInfo; ws: WebSocket }> {
  const url = endpointUrl(options.url, options.stationId);
  const isTls = url.startsWith('wss:');
  if (usesTls(options.securityProfile) !== isTls) {
    return Promise.reject(new HarnessError('OCPPH_ERR_CONFIG', `security profile ${options.securityProfile} needs a ${usesTls(options.securityProfile) ? 'wss' : 'ws'}:// URL, got ${url}`));
  }
  const headers: Record<string, string> = {};
  if (options.basicAuth) headers.authorization = basicAuthHeader(options.basicAuth.username ?? options.stationId, options.basicAuth.password);
  const tls = options.tls ?? {};
  const ciphers = cipherListFor(tls);
  const offered = options.protocols ?? options.versions.map(subprotocolOf);
  // Under TLS 1.3 a server checks the client certificate after the client's side of the handshake is
  // done; Node's server then drops the socket without an alert. Knowing the handshake completed lets
  // that reset be reported as the TLS refusal it is.
  let tlsEstablished = false;
  const createConnection = (opts: ConnectionOptions): Socket => {
    // As ws' own tlsConnect: no SNI for an IP address.
    const servername = opts.servername || opts.servername === '' ? opts.servername : isIP(opts.host ?? '') ? '' : opts.host;
    const socket = tlsConnect({ ...opts, path: undefined, servername, ...(tls.allowWeakServerKey ? {} : { checkServerIdentity: checkServer }) } as ConnectionOptions);
    socket.once('secureConnect', () => { tlsEstablished = true; });
    return socket;
  };
  const ws = new WebSocket(url, offered, {
    headers,
    maxPayload: options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD,
    handshakeTimeout: options.handshakeTimeoutMs ?? 10_000,
    ...(isTls ? {
      ...(tls.ca ? { ca: tls.ca } : {}),
      ...(tls.allowPartialTrustChain ? { allowPartialTrustChain: true } : {}),
      ...(tls.cert ? { cert: tls.cert } : {}),
      ...(tls.key ? { key: tls.key } : {}),
      minVersion: tls.minVersion ?? DEFAULT_TLS_MIN_VERSION,
      ...(tls.maxVersion ? { maxVersion: tls.maxVersion } : {}),
      ...(ciphers ? { ciphers } : {}),
      ...(tls.servername ? { servername: tls.servername } : {}),
      rejectUnauthorized: !tls.insecure,
      createConnection: createConnection as unknown as typeof netCreateConnection,
    } : {}),
  });

  return new Promise((resolve, reject) => {
    let settled = false;
    /** The server's Sec-WebSocket-Protocol answer (null: none), known once it answered the upgrade. */
    let selected: string | null | undefined;
    ws.once('upgrade', (res: http.IncomingMessage) => {
      const p = res.headers['sec-websocket-protocol'];
      selected = typeof p === 'string' ? p : null;
    });
    const fail = (err: HarnessError) => {
      if (settled) return;
      settled = true;
      ws.removeAllListeners();
      ws.on('error', () => undefined);
      ws.terminate();
      reject(err);
    };
    ws.once('unexpected-response', (_req: http.ClientRequest, res: http.IncomingMessage) => {
      res.resume();
      fail(new HarnessError('OCPPH_ERR_HTTP_STATUS', `${url} answered the upgrade with HTTP ${res.statusCode ?? '?'}${res.statusCode === 401 ? ' (credentials refused)' : ''}`, { status: res.statusCode }));
    });
    ws.once('error', (err: Error & { code?: string }) => {
      const msg = err.message;
      if (err instanceof HarnessError) fail(new HarnessError(err.code, `TLS with ${url} failed: ${msg}`, err.details, { cause: err }));
      else if (/subprotocol/i.test(msg)) fail(new HarnessError('OCPPH_ERR_SUBPROTOCOL', `${url}: ${msg} (offered ${offered.join(', ')})`, { offered, ...(selected !== undefined ? { selected } : {}) }, { cause: err }));
      else if (isTlsError(err)) fail(new HarnessError('OCPPH_ERR_TLS', `TLS with ${url} failed: ${msg}${noSharedSuiteHint(err, tls)}`, { code: err.code }, { cause: err }));
      else if (tlsEstablished && err.code === 'ECONNRESET') {
        fail(new HarnessError('OCPPH_ERR_TLS', `${url} dropped the connection right after the TLS handshake, before answering the upgrade: `
          + `it most likely ${tls.cert ? 'refused the client certificate' : 'requires a client certificate'} (${msg})`, { code: err.code }, { cause: err }));
      }
      else fail(new HarnessError('OCPPH_ERR_CONNECT', `cannot connect to ${url}: ${msg}`, { code: err.code }, { cause: err }));
    });
    ws.once('open', () => {
      if (settled) return;
      const version = versionOfSubprotocol(ws.protocol);
      if (!version || !offered.includes(ws.protocol)) {
        fail(new HarnessError('OCPPH_ERR_SUBPROTOCOL', `${url} selected subprotocol '${ws.protocol}', offered ${offered.join(', ')}`, { offered, selected: ws.protocol }));
        return;
      }
      settled = true;
      ws.removeAllListeners('error');
      ws.removeAllListeners('unexpected-response');
      const rpc = new RpcConnection(ws, { version, id: options.stationId, ...(options.callTimeoutMs ? { callTimeoutMs: options.callTimeoutMs } : {}), ...(options.maxFrameDepth ? { maxFrameDepth: options.maxFrameDepth } : {}) });
      keepAlive(ws, options.pingIntervalMs ?? 0);
      const socket = (ws as unknown as { _socket?: TLSSocket })._socket;
      const peerCert = isTls && socket?.getPeerCertificate ? peerCertificateInfo(socket) : undefined;
      const info: ClientConnectionInfo = {
        url, stationId: options.stationId, version, protocol: ws.protocol,
        ...(isTls && socket?.getProtocol ? {
          tls: {
            protocol: socket.getProtocol(), ...(socket.getCipher()?.name ? { cipher: socket.getCipher().name } : {}),
            ...(peerCert ? { peerCertificate: peerCert } : {}),
          },
        } : {}),
      };
      // A CALL the server sends right after the upgrade can arrive with it: hold incoming frames until the
      // caller, resumed by this promise, has attached its listeners (else the 'call' event finds none).
      ws.pause();
      // Resume in CLOSING too: a caller that closes at once must still read the server's close frame (else 30 s closeTimeout).
      setImmediate(() => ws.resume());
      resolve({ rpc, info, ws });
    });
  });
}

/** A handshake failure alert with the default list most likely means the server offers none of the A00.FR.318 suites (e.g. CBC only). */
function noSharedSuiteHint(err: Error, tls: TlsOptions): string {
  if (tls.ciphers || !/handshake failure/i.test(err.message)) return '';
  return ' (the harness offers only the cipher suites of A00.FR.318/A00.FR.319 and TLS 1.3: the server most likely allows none of them, e.g. CBC suites only)';
}

function isTlsError(err: Error & { code?: string }): boolean {
  const code = err.code ?? '';
  return code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /CERT|SELF_SIGNED|UNABLE_TO|DEPTH_ZERO|HOSTNAME|ALTNAME/.test(code) || /ssl|tls|certificate|alert/i.test(err.message);
}

import type http from 'node:http';
import { isIP, type createConnection as netCreateConnection, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { WebSocket } from 'ws';
import { HarnessError } from '../errors.js';
import { RpcConnection } from '../rpc/connection.js';
import { subprotocolOf, versionOfSubprotocol, type OcppVersion } from '../rpc/versions.js';
import { basicAuthHeader, cipherListFor, DEFAULT_TLS_MIN_VERSION, usesTls, type SecurityProfile, type TlsOptions } from './security.js';
import { DEFAULT_MAX_PAYLOAD } from './server.js';

export interface OcppClientOptions {
  /** CSMS endpoint base URL; the station id is appended as the last path segment. */
  url: string;
  stationId: string;
  /** Offered subprotocols, in order of preference. */
  versions: OcppVersion[];
  securityProfile: SecurityProfile;
  /** Profiles 1-2. The username defaults to the station id. */
  basicAuth?: { username?: string; password: string };
  tls?: TlsOptions;
  maxPayloadBytes?: number;
  callTimeoutMs?: number;
  handshakeTimeoutMs?: number;
}

export interface ClientConnectionInfo {
  url: string;
  stationId: string;
  version: OcppVersion;
  protocol: string;
  tls?: { protocol: string | null; cipher?: string };
}

function endpointUrl(base: string, stationId: string): string {
  return `${base.replace(/\/+$/, '')}/${encodeURIComponent(stationId)}`;
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
  const offered = options.versions.map(subprotocolOf);
  // Under TLS 1.3 a server checks the client certificate after the client's side of the handshake is
  // done; Node's server then drops the socket without an alert. Knowing the handshake completed lets
  // that reset be reported as the TLS refusal it is.
  let tlsEstablished = false;
  const createConnection = (opts: ConnectionOptions): Socket => {
    // As ws' own tlsConnect: no SNI for an IP address.
    const servername = opts.servername || opts.servername === '' ? opts.servername : isIP(opts.host ?? '') ? '' : opts.host;
    const socket = tlsConnect({ ...opts, path: undefined, servername } as ConnectionOptions);
    socket.once('secureConnect', () => { tlsEstablished = true; });
    return socket;
  };
  const ws = new WebSocket(url, offered, {
    headers,
    maxPayload: options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD,
    handshakeTimeout: options.handshakeTimeoutMs ?? 10_000,
    ...(isTls ? {
      ...(tls.ca ? { ca: tls.ca } : {}),
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
      if (/subprotocol/i.test(msg)) fail(new HarnessError('OCPPH_ERR_SUBPROTOCOL', `${url}: ${msg} (offered ${offered.join(', ')})`, { offered }, { cause: err }));
      else if (isTlsError(err)) fail(new HarnessError('OCPPH_ERR_TLS', `TLS with ${url} failed: ${msg}`, { code: err.code }, { cause: err }));
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
        fail(new HarnessError('OCPPH_ERR_SUBPROTOCOL', `${url} selected subprotocol '${ws.protocol}', offered ${offered.join(', ')}`));
        return;
      }
      settled = true;
      ws.removeAllListeners('error');
      ws.removeAllListeners('unexpected-response');
      const rpc = new RpcConnection(ws, { version, id: options.stationId, ...(options.callTimeoutMs ? { callTimeoutMs: options.callTimeoutMs } : {}) });
      const socket = (ws as unknown as { _socket?: TLSSocket })._socket;
      const info: ClientConnectionInfo = {
        url, stationId: options.stationId, version, protocol: ws.protocol,
        ...(isTls && socket?.getProtocol ? { tls: { protocol: socket.getProtocol(), ...(socket.getCipher()?.name ? { cipher: socket.getCipher().name } : {}) } } : {}),
      };
      resolve({ rpc, info, ws });
    });
  });
}

function isTlsError(err: Error & { code?: string }): boolean {
  const code = err.code ?? '';
  return code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /CERT|SELF_SIGNED|UNABLE_TO|DEPTH_ZERO|HOSTNAME|ALTNAME/.test(code) || /ssl|tls|certificate|alert/i.test(err.message);
}

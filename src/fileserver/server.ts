/**
 * The harness's file server: the firmware images a station downloads (UpdateFirmware) and the logs
 * and diagnostics it uploads (GetLog, 1.6 GetDiagnostics), over HTTP, HTTPS (the test PKI's CSMS
 * server certificate, or the user's own) and FTP. Every transfer lands in one FileStore.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { HarnessError } from '../errors.js';
import { httpHandler } from './http.js';
import { startFtp, type RunningFtp } from './ftp.js';
import { FileStore, type FileProtocol } from './store.js';

export interface FileServerTls {
  /** PEM chain, leaf first. */
  cert: string;
  key: string;
}

export interface FileServerOptions {
  /** Address the servers bind to. */
  host: string;
  /** Host name or address put in the URLs handed to the station (a real station must reach it). */
  advertisedHost: string;
  /** Port per protocol; 0: any free port; absent: that protocol is not served. */
  ports: Partial<Record<FileProtocol, number>>;
  /** FTP passive data ports (0 and 0: any free port). */
  ftpPassivePorts?: { min: number; max: number };
  /** FTP login, and HTTP(S) Basic auth when `httpAuth`. */
  username: string;
  password: string;
  /** Require the credentials on HTTP(S) too (default false: the URL alone grants access). */
  httpAuth?: boolean;
  /** Needed for https. */
  tls?: FileServerTls;
  maxUploadBytes?: number;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

export interface RunningFileServer {
  readonly store: FileStore;
  /** The port each protocol listens on. */
  readonly ports: Partial<Record<FileProtocol, number>>;
  /** The URL of `name` over `protocol` as a station must use it (FTP URLs carry the credentials). */
  url(protocol: FileProtocol, name: string): string;
  /** Protocols served. */
  protocols(): FileProtocol[];
  close(): Promise<void>;
}

const hostInUrl = (host: string): string => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

function listenError(protocol: FileProtocol, host: string, port: number, err: unknown): HarnessError {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'not allowed (a port below 1024 needs privileges)' : code === 'EADDRNOTAVAIL' ? 'no such local address' : (err as Error).message;
  return new HarnessError('OCPPH_ERR_CONFIG', `fileServer.${protocol}Port / fileServer.host: cannot listen on ${host}:${port}: ${why}`, { field: `fileServer.${protocol}Port`, code }, { cause: err });
}

function listen(server: HttpServer, protocol: FileProtocol, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (err) => reject(listenError(protocol, host, port, err)));
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeHttp(server: HttpServer): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function startFileServer(opts: FileServerOptions): Promise<RunningFileServer> {
  const store = new FileStore();
  const maxUploadBytes = opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const auth = opts.httpAuth ? { username: opts.username, password: opts.password } : {};
  const ports: Partial<Record<FileProtocol, number>> = {};
  const http: HttpServer[] = [];
  let ftp: RunningFtp | undefined;
  const close = async () => {
    store.releaseAll();
    await Promise.all([...http.map(closeHttp), ftp?.close()]);
  };
  try {
    if (opts.ports.http !== undefined) {
      const server = createHttpServer(httpHandler({ store, protocol: 'http', maxUploadBytes, ...auth }));
      http.push(server);
      ports.http = await listen(server, 'http', opts.host, opts.ports.http);
    }
    if (opts.ports.https !== undefined) {
      if (!opts.tls) throw new HarnessError('OCPPH_ERR_CONFIG', 'fileServer.httpsPort: HTTPS needs a server certificate (the test PKI or tls.certFile/keyFile)', { field: 'fileServer.httpsPort' });
      const server = createHttpsServer({ cert: opts.tls.cert, key: opts.tls.key, minVersion: 'TLSv1.2' }, httpHandler({ store, protocol: 'https', maxUploadBytes, ...auth }));
      http.push(server);
      ports.https = await listen(server, 'https', opts.host, opts.ports.https);
    }
    if (opts.ports.ftp !== undefined) {
      try {
        ftp = await startFtp({
          store, host: opts.host, port: opts.ports.ftp, passiveHost: opts.advertisedHost,
          passivePortMin: opts.ftpPassivePorts?.min ?? 0, passivePortMax: opts.ftpPassivePorts?.max ?? 0,
          username: opts.username, password: opts.password, maxUploadBytes,
        });
      } catch (err) {
        throw err instanceof HarnessError ? err : listenError('ftp', opts.host, opts.ports.ftp, err);
      }
      ports.ftp = ftp.port;
    }
  } catch (err) {
    await close();
    throw err;
  }
  const host = hostInUrl(opts.advertisedHost);
  return {
    store,
    ports,
    protocols: () => (Object.keys(ports) as FileProtocol[]),
    url(protocol, name) {
      const port = ports[protocol];
      if (port === undefined) throw new HarnessError('OCPPH_ERR_CONFIG', `the file server does not serve ${protocol} (fileServer.${protocol}Port is not set)`, { field: `fileServer.${protocol}Port` });
      const path = name.split('/').map(encodeURIComponent).join('/');
      const credentials = protocol === 'ftp' ? `${encodeURIComponent(opts.username)}:${encodeURIComponent(opts.password)}@` : '';
      return `${protocol}://${credentials}${host}:${port}/${path}`;
    },
    close,
  };
}

/**
 * The FTP side of the file server, on `ftp-srv` (a maintained FTP server package: many stations only
 * upload logs and fetch firmware over FTP). Files live in the FileStore, never on disk: a flat,
 * in-memory file system whose RETR serves published files and whose STOR records the upload.
 */
import { Readable, Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { FileSystem, FtpSrv, type FtpConnection } from 'ftp-srv';
import { fileName, type FileStore } from './store.js';

export interface FtpOptions {
  store: FileStore;
  host: string;
  port: number;
  /** The address a client is told to open passive data connections to (a station must reach it). */
  passiveHost: string;
  /** Passive data ports; 0 and 0: any free port. */
  passivePortMin: number;
  passivePortMax: number;
  username: string;
  password: string;
  maxUploadBytes: number;
}

interface EntryStat {
  name: string;
  size: number;
  mtime: Date;
  mode: number;
  isDirectory(): boolean;
}

const stat = (name: string, size: number, directory: boolean): EntryStat => ({
  name, size, mtime: new Date(), mode: directory ? 0o40755 : 0o100644, isDirectory: () => directory,
});

const notFound = (name: string) => Object.assign(new Error(`${name}: no such file`), { code: 550 });

/** A flat in-memory file system over the FileStore (one per FTP login, so uploads name their user). */
class StoreFileSystem extends FileSystem {
  readonly #store: FileStore;
  readonly #user: string;
  readonly #maxBytes: number;

  constructor(connection: FtpConnection, store: FileStore, user: string, maxBytes: number) {
    super(connection, { root: '/', cwd: '/' });
    this.#store = store;
    this.#user = user;
    this.#maxBytes = maxBytes;
  }

  override currentDirectory(): string {
    return '/';
  }

  override get(name: string): Promise<EntryStat> {
    if (name === '.' || name === '/' || name === '') return Promise.resolve(stat('.', 0, true));
    const bytes = this.#store.get(name);
    return bytes ? Promise.resolve(stat(fileName(name) ?? name, bytes.length, false)) : Promise.reject(notFound(name));
  }

  override list(): Promise<EntryStat[]> {
    return Promise.resolve(this.#store.names().map((n) => stat(n, this.#store.get(n)?.length ?? 0, false)));
  }

  override chdir(path = '/'): Promise<string> {
    return path === '/' || path === '.' ? Promise.resolve('/') : Promise.reject(notFound(path));
  }

  override async read(name: string): Promise<{ stream: Readable; clientPath: string }> {
    const n = fileName(name);
    if (n !== undefined && this.#store.get(n)) await this.#store.passage('download', n);
    const bytes = n === undefined ? undefined : this.#store.get(n);
    if (!bytes || n === undefined) throw notFound(name);
    const stream = Readable.from([bytes]);
    stream.once('end', () => this.#store.record({ direction: 'download', name: n, protocol: 'ftp', bytes, user: this.#user }));
    return { stream, clientPath: `/${n}` };
  }

  override write(name: string): { stream: Writable; clientPath: string } {
    const n = fileName(name);
    if (n === undefined) throw Object.assign(new Error(`${name}: not a usable file name`), { code: 553 });
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = new Writable({
      write: (chunk: Buffer, _enc, done) => {
        size += chunk.length;
        if (size > this.#maxBytes) {
          done(new Error(`uploads are limited to ${this.#maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
        done();
      },
      final: (done) => {
        void this.#store.passage('upload', n).then(() => {
          this.#store.record({ direction: 'upload', name: n, protocol: 'ftp', bytes: Buffer.concat(chunks), user: this.#user });
          done();
        });
      },
    });
    return { stream, clientPath: `/${n}` };
  }

  override delete(): Promise<never> {
    return Promise.reject(Object.assign(new Error('deleting is not offered'), { code: 550 }));
  }

  override mkdir(): Promise<never> {
    return Promise.reject(Object.assign(new Error('directories are not offered'), { code: 550 }));
  }

  override rename(): Promise<never> {
    return Promise.reject(Object.assign(new Error('renaming is not offered'), { code: 550 }));
  }

  override chmod(): Promise<never> {
    return Promise.reject(Object.assign(new Error('chmod is not offered'), { code: 550 }));
  }
}

/** ftp-srv logs through bunyan to stdout by default: the harness keeps its output its own. */
const silentLog = {
  child: () => silentLog, trace: () => {}, debug: () => {}, info: () => {}, warn: () => {}, error: () => {}, fatal: () => {},
};

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGQUIT'] as const;

export interface RunningFtp {
  port: number;
  close(): Promise<void>;
}

export async function startFtp(opts: FtpOptions): Promise<RunningFtp> {
  // ftp-srv installs process signal handlers that exit the process; the harness handles its own signals.
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const server = new FtpSrv({
    url: `ftp://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${opts.port}`,
    pasv_url: opts.passiveHost,
    pasv_min: opts.passivePortMin,
    pasv_max: opts.passivePortMax,
    anonymous: false,
    greeting: 'ocpp-harness file server',
    log: silentLog,
  });
  for (const s of SIGNALS) {
    for (const l of process.listeners(s)) if (!before.get(s)?.has(l)) process.off(s, l as NodeJS.SignalsListener);
  }
  server.on('login', ({ connection, username, password }, resolve, reject) => {
    if (username !== opts.username || password !== opts.password) {
      reject(new Error('wrong user name or password'));
      return;
    }
    resolve({ fs: new StoreFileSystem(connection, opts.store, username, opts.maxUploadBytes) });
  });
  // A client that drops its data or control connection is its own business, not the harness's.
  server.on('client-error', () => {});
  await server.listen();
  const inner = (server as unknown as { server: { address(): AddressInfo } }).server;
  return {
    port: inner.address().port,
    close: async () => { await server.close(); },
  };
}

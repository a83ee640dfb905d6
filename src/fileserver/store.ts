/**
 * What the file server holds and what went through it: the files published for download (firmware
 * images) and a record of every transfer, upload or download, with its bytes, name and protocol, so a
 * case can wait for an upload and a report can show what arrived.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';

export type FileProtocol = 'http' | 'https' | 'ftp';

export interface FileTransfer {
  direction: 'upload' | 'download';
  /** File name as the client gave it, without leading slashes. */
  name: string;
  protocol: FileProtocol;
  bytes: Buffer;
  /** Lowercase hex SHA-256 of `bytes`. */
  sha256: string;
  /** ISO 8601. */
  at: string;
  /** The user name the client logged in with, when it gave one. */
  user?: string;
  /** HTTP only: the request's Content-Type. */
  contentType?: string;
}

/** Which transfers a hold keeps open: by direction and file name. */
export type HoldMatch = (direction: FileTransfer['direction'], name: string) => boolean;

/**
 * A hold on the transfers `match` names (TC_F_16/19_CS: a trigger sent while the station still uploads or
 * downloads): such a transfer is kept open (no bytes served, no upload acknowledged) until `release()`, or
 * until `timeoutMs` ends it anyway, so a forgotten hold never wedges a station.
 */
export interface TransferHold {
  /** Resolves true once a transfer is being held; false if the hold was released or timed out before one came. */
  readonly reached: Promise<boolean>;
  release(): void;
}

/** A transfer without its bytes: what a report shows. */
export type TransferSummary = Omit<FileTransfer, 'bytes'> & { size: number };

/** Strips leading slashes and rejects names that climb out of the root or are empty. */
export function fileName(raw: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  const name = decoded.replace(/\\/g, '/').replace(/^\/+/, '');
  if (name === '' || name.split('/').some((p) => p === '..' || p === '.' || p === '') || name.includes('\0')) return undefined;
  return name;
}

export class FileStore {
  readonly #files = new Map<string, Buffer>();
  readonly #transfers: FileTransfer[] = [];
  readonly #events = new EventEmitter();
  readonly #holds = new Set<{ match: HoldMatch; released: Promise<void>; onReached: () => void; release: () => void }>();

  /** Keeps the transfers `match` names open until released (at most `timeoutMs`). */
  hold(match: HoldMatch, opts: { timeoutMs: number }): TransferHold {
    let release!: () => void;
    let reached!: (held: boolean) => void;
    const released = new Promise<void>((resolve) => { release = resolve; });
    const reachedP = new Promise<boolean>((resolve) => { reached = resolve; });
    const entry = { match, released, onReached: () => reached(true), release };
    const timer = setTimeout(() => release(), opts.timeoutMs);
    timer.unref();
    void released.then(() => {
      clearTimeout(timer);
      this.#holds.delete(entry);
      reached(false);
    });
    this.#holds.add(entry);
    return { reached: reachedP, release };
  }

  /** Waits while a hold names this transfer (the servers call it before completing one). */
  async passage(direction: FileTransfer['direction'], name: string): Promise<void> {
    for (const h of [...this.#holds]) {
      if (!h.match(direction, name)) continue;
      h.onReached();
      await h.released;
    }
  }

  /** Ends every hold (the server closes). */
  releaseAll(): void {
    for (const h of [...this.#holds]) h.release();
  }

  /** Makes `bytes` downloadable as `name` (replacing a file of that name). */
  publish(name: string, bytes: Buffer): void {
    const n = fileName(name);
    if (!n) throw new RangeError(`'${name}' is not a usable file name`);
    this.#files.set(n, Buffer.from(bytes));
  }

  unpublish(name: string): void {
    const n = fileName(name);
    if (n) this.#files.delete(n);
  }

  get(name: string): Buffer | undefined {
    const n = fileName(name);
    return n === undefined ? undefined : this.#files.get(n);
  }

  names(): string[] {
    return [...this.#files.keys()];
  }

  /** Records a transfer and tells whoever waits for one. Uploads also become downloadable. */
  record(t: Omit<FileTransfer, 'sha256' | 'at'>): FileTransfer {
    const transfer: FileTransfer = { ...t, sha256: createHash('sha256').update(t.bytes).digest('hex'), at: new Date().toISOString() };
    if (t.direction === 'upload') this.#files.set(t.name, t.bytes);
    this.#transfers.push(transfer);
    this.#events.emit('transfer', transfer);
    return transfer;
  }

  transfers(): readonly FileTransfer[] {
    return [...this.#transfers];
  }

  summaries(): TransferSummary[] {
    return this.#transfers.map(({ bytes, ...rest }) => ({ ...rest, size: bytes.length }));
  }

  /**
   * The first transfer matching `match` from now on (or already recorded, with `includePast`);
   * undefined when `timeoutMs` runs out or `signal` aborts first.
   */
  waitFor(match: (t: FileTransfer) => boolean, opts: { timeoutMs: number; includePast?: boolean; signal?: AbortSignal }): Promise<FileTransfer | undefined> {
    if (opts.includePast) {
      const past = this.#transfers.find(match);
      if (past) return Promise.resolve(past);
    }
    return new Promise((resolve) => {
      const done = (t: FileTransfer | undefined) => {
        clearTimeout(timer);
        this.#events.off('transfer', onTransfer);
        opts.signal?.removeEventListener('abort', onAbort);
        resolve(t);
      };
      const onTransfer = (t: FileTransfer) => { if (match(t)) done(t); };
      const onAbort = () => done(undefined);
      const timer = setTimeout(() => done(undefined), opts.timeoutMs);
      this.#events.on('transfer', onTransfer);
      opts.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

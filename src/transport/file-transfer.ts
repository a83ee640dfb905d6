/**
 * Fetching a file by URL over HTTP, HTTPS or FTP, as a charging station fetches its firmware
 * (UpdateFirmware location) : the reference station's client. FTP goes through `basic-ftp` (passive
 * mode; credentials from the URL). Bounded by a timeout and a size limit; every failure is a
 * FileTransferError with a short reason, never a crash.
 */
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { Writable } from 'node:stream';
import { Client as FtpClient } from 'basic-ftp';

export class FileTransferError extends Error {
  override readonly name = 'FileTransferError';
}

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** HTTPS: PEM CA certificates trusted for the server (none: the server certificate cannot verify). */
  ca?: string[];
}

function collector(maxBytes: number): { sink: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) done(new FileTransferError(`the file is larger than ${maxBytes} bytes`));
      else {
        chunks.push(chunk);
        done();
      }
    },
  });
  return { sink, bytes: () => Buffer.concat(chunks) };
}

function fetchHttp(url: URL, opts: FetchOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => reject(new FileTransferError(why));
    const onResponse = (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        res.resume();
        fail(`HTTP ${res.statusCode ?? '?'} for ${url.pathname}`);
        return;
      }
      const { sink, bytes } = collector(opts.maxBytes);
      res.pipe(sink);
      sink.on('finish', () => resolve(bytes()));
      sink.on('error', (err) => { res.destroy(); fail(err.message); });
      res.on('error', (err) => fail(err.message));
    };
    const headers = url.username ? { authorization: `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}` } : undefined;
    const req = url.protocol === 'https:'
      ? httpsGet(url, { timeout: opts.timeoutMs, ...(opts.ca ? { ca: opts.ca } : {}), ...(headers ? { headers } : {}) }, onResponse)
      : httpGet(url, { timeout: opts.timeoutMs, ...(headers ? { headers } : {}) }, onResponse);
    req.on('timeout', () => req.destroy(new FileTransferError(`no answer within ${opts.timeoutMs} ms`)));
    req.on('error', (err) => fail(err.message));
  });
}

async function fetchFtp(url: URL, opts: FetchOptions): Promise<Buffer> {
  const client = new FtpClient(opts.timeoutMs);
  try {
    await client.access({
      host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : 21,
      user: url.username ? decodeURIComponent(url.username) : 'anonymous', password: url.password ? decodeURIComponent(url.password) : 'anonymous',
    });
    const { sink, bytes } = collector(opts.maxBytes);
    await client.downloadTo(sink, decodeURIComponent(url.pathname));
    return bytes();
  } catch (err) {
    throw err instanceof FileTransferError ? err : new FileTransferError(`FTP: ${(err as Error).message}`);
  } finally {
    client.close();
  }
}

/** The bytes at `location` (http, https or ftp URL). */
export async function fetchFile(location: string, opts: FetchOptions): Promise<Buffer> {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new FileTransferError(`'${location}' is not a URL`);
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return fetchHttp(url, opts);
  if (url.protocol === 'ftp:') return fetchFtp(url, opts);
  throw new FileTransferError(`unsupported protocol ${url.protocol}`);
}

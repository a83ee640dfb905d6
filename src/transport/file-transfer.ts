/**
 * Fetching a file by URL over HTTP, HTTPS or FTP, as a charging station fetches its firmware
 * (UpdateFirmware location), and uploading one, as it uploads a log (GetLog remoteLocation): the reference station's client. FTP goes through `basic-ftp` (passive
 * mode; credentials from the URL). Bounded by a timeout and a size limit; every failure is a
 * FileTransferError with a short reason, never a crash.
 */
import { get as httpGet, request as httpRequest, type IncomingMessage } from 'node:http';
import { get as httpsGet, request as httpsRequest } from 'node:https';
import { Readable, Writable } from 'node:stream';
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

export interface UploadOptions {
  timeoutMs: number;
  ca?: string[];
}

/** `dir/name` of a directory URL (N01: remoteLocation names where the station puts its file). */
function target(location: URL, name: string): URL {
  const url = new URL(location.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(name)}`;
  return url;
}

function uploadHttp(url: URL, bytes: Buffer, opts: UploadOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => reject(new FileTransferError(why));
    const auth = url.username ? { authorization: `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}` } : {};
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'PUT', timeout: opts.timeoutMs, ...(opts.ca ? { ca: opts.ca } : {}),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length), ...auth },
    }, (res) => {
      res.resume();
      if (res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 300) resolve();
      else fail(`HTTP ${res.statusCode ?? '?'} for ${url.pathname}`);
    });
    req.on('timeout', () => req.destroy(new FileTransferError(`no answer within ${opts.timeoutMs} ms`)));
    req.on('error', (err) => fail(err.message));
    req.end(bytes);
  });
}

async function uploadFtp(url: URL, bytes: Buffer, opts: UploadOptions): Promise<void> {
  const client = new FtpClient(opts.timeoutMs);
  try {
    await client.access({
      host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : 21,
      user: url.username ? decodeURIComponent(url.username) : 'anonymous', password: url.password ? decodeURIComponent(url.password) : 'anonymous',
    });
    await client.uploadFrom(Readable.from([bytes]), decodeURIComponent(url.pathname));
  } catch (err) {
    throw new FileTransferError(`FTP: ${(err as Error).message}`);
  } finally {
    client.close();
  }
}

/** Uploads `bytes` as `name` into the directory URL `location` (HTTP(S) PUT, or FTP STOR), as a station uploads a log (N01). */
export async function uploadFile(location: string, name: string, bytes: Buffer, opts: UploadOptions): Promise<void> {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new FileTransferError(`'${location}' is not a URL`);
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return uploadHttp(target(url, name), bytes, opts);
  if (url.protocol === 'ftp:') return uploadFtp(target(url, name), bytes, opts);
  throw new FileTransferError(`unsupported protocol ${url.protocol}`);
}

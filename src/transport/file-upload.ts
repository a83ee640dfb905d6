/**
 * Uploading a file to a URL over HTTP, HTTPS or FTP, as a charging station uploads its diagnostics
 * (1.6 GetDiagnostics location: a directory the file goes into under the station's own file name).
 * The counterpart of file-transfer.ts (downloads). FTP through `basic-ftp` (passive mode, credentials
 * from the URL); HTTP(S) as a PUT of the raw bytes to <location>/<name>. Bounded by a timeout; every
 * failure is a FileTransferError with a short reason, never a crash.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { Client as FtpClient } from 'basic-ftp';
import { FileTransferError } from './file-transfer.js';

export interface UploadOptions {
  timeoutMs: number;
  /** HTTPS: PEM CA certificates trusted for the server. */
  ca?: string[];
}

/** `location`'s path with `name` appended as its last segment. */
function target(url: URL, name: string): string {
  const dir = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  return `${dir}/${name}`;
}

function putHttp(url: URL, name: string, bytes: Buffer, opts: UploadOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => reject(new FileTransferError(why));
    const dest = new URL(url.href);
    dest.pathname = target(url, name).split('/').map(encodeURIComponent).join('/');
    const headers: Record<string, string | number> = { 'content-type': 'application/octet-stream', 'content-length': bytes.length };
    if (url.username) headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    const onResponse = (res: IncomingMessage) => {
      res.resume();
      const code = res.statusCode ?? 0;
      if (code >= 200 && code < 300) resolve();
      else fail(`HTTP ${code} for ${dest.pathname}`);
    };
    const options = { method: 'PUT', timeout: opts.timeoutMs, headers };
    const req = dest.protocol === 'https:'
      ? httpsRequest(dest, { ...options, ...(opts.ca ? { ca: opts.ca } : {}) }, onResponse)
      : httpRequest(dest, options, onResponse);
    req.on('timeout', () => req.destroy(new FileTransferError(`no answer within ${opts.timeoutMs} ms`)));
    req.on('error', (err) => fail(err.message));
    req.end(bytes);
  });
}

async function putFtp(url: URL, name: string, bytes: Buffer, opts: UploadOptions): Promise<void> {
  const client = new FtpClient(opts.timeoutMs);
  try {
    await client.access({
      host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : 21,
      user: url.username ? decodeURIComponent(url.username) : 'anonymous', password: url.password ? decodeURIComponent(url.password) : 'anonymous',
    });
    await client.uploadFrom(Readable.from([bytes]), target(url, name));
  } catch (err) {
    throw err instanceof FileTransferError ? err : new FileTransferError(`FTP: ${(err as Error).message}`);
  } finally {
    client.close();
  }
}

/** Uploads `bytes` as `name` into the directory `location` (http, https or ftp URL). */
export async function uploadFile(location: string, name: string, bytes: Buffer, opts: UploadOptions): Promise<void> {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new FileTransferError(`'${location}' is not a URL`);
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return putHttp(url, name, bytes, opts);
  if (url.protocol === 'ftp:') return putFtp(url, name, bytes, opts);
  throw new FileTransferError(`unsupported protocol ${url.protocol}`);
}

/**
 * The HTTP(S) side of the file server: GET (and HEAD) serves a published file, PUT or POST stores an
 * upload (a multipart/form-data POST is unwrapped to its file part). Optional Basic auth.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBasicAuth } from '../transport/security.js';
import { fileName, type FileProtocol, type FileStore } from './store.js';
import { multipartBoundary, uploadedFile } from './multipart.js';

export interface HttpHandlerOptions {
  store: FileStore;
  protocol: Extract<FileProtocol, 'http' | 'https'>;
  /** Both set: requests must carry these Basic-auth credentials. */
  username?: string;
  password?: string;
  /** Largest upload accepted, bytes. */
  maxUploadBytes: number;
}

function reply(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function httpHandler(opts: HttpHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const authRequired = opts.username !== undefined && opts.password !== undefined;
  return (req, res) => {
    void (async () => {
      const credentials = parseBasicAuth(req.headers.authorization);
      if (authRequired && (credentials?.username !== opts.username || credentials?.password !== opts.password)) {
        reply(res, 401, 'credentials required', { 'www-authenticate': 'Basic realm="ocpp-harness files"' });
        return;
      }
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const name = fileName(path);
      if (req.method === 'GET' || req.method === 'HEAD') {
        if (name !== undefined && opts.store.get(name) && req.method === 'GET') await opts.store.passage('download', name);
        const bytes = name === undefined ? undefined : opts.store.get(name);
        if (!bytes || name === undefined) {
          reply(res, 404, 'no such file');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) });
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        res.end(bytes, () => opts.store.record({ direction: 'download', name, protocol: opts.protocol, bytes, ...(credentials ? { user: credentials.username } : {}) }));
        return;
      }
      if (req.method === 'PUT' || req.method === 'POST') {
        const body = await readBody(req, opts.maxUploadBytes);
        if (body === 'too-large') {
          reply(res, 413, `uploads are limited to ${opts.maxUploadBytes} bytes`);
          return;
        }
        const contentType = req.headers['content-type'];
        const boundary = multipartBoundary(contentType);
        const part = boundary ? uploadedFile(body, boundary) : undefined;
        // A POST to the root names its file in the form part; a PUT or a POST to a path uses the path.
        const stored = name ?? (part?.filename ? fileName(part.filename) : undefined);
        if (stored === undefined) {
          reply(res, 400, 'no file name: upload to /<name> or send a multipart form part with a filename');
          return;
        }
        await opts.store.passage('upload', stored);
        opts.store.record({
          direction: 'upload', name: stored, protocol: opts.protocol, bytes: part?.bytes ?? body,
          ...(credentials ? { user: credentials.username } : {}), ...(contentType ? { contentType } : {}),
        });
        reply(res, 201, 'stored');
        return;
      }
      reply(res, 405, 'method not allowed', { allow: 'GET, HEAD, PUT, POST' });
    })().catch(() => {
      if (!res.headersSent) reply(res, 500, 'upload failed');
      else res.destroy();
    });
  };
}

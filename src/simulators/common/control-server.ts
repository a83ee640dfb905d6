/**
 * A small HTTP endpoint on loopback through which a run in another process drives a simulator
 * (the harness's HTTP operator hook posts here):
 *
 *   POST /operator  {"action": "plugIn", "params": {...}, "caseId": "TC_E_01_CS"}
 *        200 {"status":"done","data":...} | 409 {"status":"skipped","reason"} | 422 {"status":"unavailable","reason"} | 400 bad request
 *   GET  /status    200 the simulator's status snapshot
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OperatorResult } from '../../domain/operator-actions.js';

export interface ControlRequest {
  action: string;
  params: Record<string, unknown>;
  caseId?: string;
}

export interface ControlServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) = any free port. */
  port?: number;
  perform(request: ControlRequest): Promise<OperatorResult>;
  status?(): unknown;
  log?(line: string): void;
}

export interface ControlServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(`${JSON.stringify(body)}\n`);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error(`body over ${MAX_BODY} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseRequest(text: string): ControlRequest | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'body is not JSON';
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be a JSON object';
  const { action, params, caseId } = body as Record<string, unknown>;
  if (typeof action !== 'string' || !action) return "'action' must be a non-empty string";
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) return "'params' must be an object";
  return { action, params: (params as Record<string, unknown> | undefined) ?? {}, ...(typeof caseId === 'string' ? { caseId } : {}) };
}

export async function startControlServer(options: ControlServerOptions): Promise<ControlServer> {
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/status') {
      send(res, 200, options.status?.() ?? {});
      return;
    }
    if (req.method !== 'POST' || path !== '/operator') {
      send(res, 404, { error: `no route ${req.method ?? '?'} ${path}; use POST /operator or GET /status` });
      return;
    }
    readBody(req)
      .then(async (text) => {
        const parsed = parseRequest(text);
        if (typeof parsed === 'string') {
          send(res, 400, { status: 'unavailable', reason: parsed });
          return;
        }
        options.log?.(`control: ${parsed.action}${parsed.caseId ? ` (${parsed.caseId})` : ''}`);
        const result = await options.perform(parsed);
        send(res, result.status === 'done' ? 200 : result.status === 'skipped' ? 409 : 422, result);
      })
      .catch((err: unknown) => {
        if (!res.headersSent) send(res, 500, { status: 'unavailable', reason: (err as Error).message });
      });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

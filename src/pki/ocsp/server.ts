/**
 * The OCSP responder over HTTP (RFC 6960 appendix A): POST with an application/ocsp-request body,
 * or GET with the base64 request in the path. Loopback and a free port unless told otherwise.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OcspResponder } from './responder.js';

/** Largest request body read: an OCSP request for a handful of certificates is a few hundred bytes. */
const MAX_REQUEST_BYTES = 64 * 1024;

export interface OcspServer {
  /** The responder URL (what goes in GetCertificateStatusRequest.ocspRequestData.responderURL). */
  readonly url: string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_REQUEST_BYTES) {
        resolve(undefined);
        req.destroy();
      } else parts.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', () => resolve(undefined));
  });
}

export async function startOcspServer(responder: OcspResponder, opts: { host?: string; port?: number } = {}): Promise<OcspServer> {
  const host = opts.host ?? '127.0.0.1';
  const server: Server = createServer((req, res) => {
    void (async () => {
      let body: Buffer | undefined;
      if (req.method === 'POST') body = await readBody(req);
      else if (req.method === 'GET') body = Buffer.from(decodeURIComponent((req.url ?? '/').slice(1)), 'base64');
      if (!body) {
        res.writeHead(req.method === 'POST' ? 413 : 405).end();
        return;
      }
      const der = responder.answer(body);
      res.writeHead(200, { 'content-type': 'application/ocsp-response', 'content-length': der.length }).end(der);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

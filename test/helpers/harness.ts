/**
 * Our own endpoints (OcppServer, connectClient) and raw `ws` peers, each registered with a
 * Cleanup so afterEach closes everything a test opened.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { WebSocket, WebSocketServer } from 'ws';
import { OcppServer, type AcceptedConnection, type OcppServerOptions } from '../../src/transport/server.js';
import { connectClient, type OcppClientOptions } from '../../src/transport/client.js';
import type { RpcConnection } from '../../src/rpc/connection.js';
import type { OcppVersion } from '../../src/rpc/versions.js';
import { nextEvent, type Cleanup } from './wait.js';
import { heartbeatResp, bootResp201, bootConf16 } from './payloads.js';

export interface StartedServer {
  server: OcppServer;
  url: string;
  port: number;
  connections: AcceptedConnection[];
  nextConnection(stationId?: string, timeoutMs?: number): Promise<AcceptedConnection>;
}

export async function startServer(cleanup: Cleanup, options: Partial<OcppServerOptions> = {}): Promise<StartedServer> {
  const server = cleanup.add(new OcppServer({ versions: ['2.0.1'], securityProfile: 0, ...options }), (s) => s.close());
  const connections: AcceptedConnection[] = [];
  server.on('connection', (c: AcceptedConnection) => connections.push(c));
  const { url, port } = await server.listen();
  return {
    server, url, port, connections,
    nextConnection: (stationId, timeoutMs = 5_000) =>
      nextEvent<AcceptedConnection>(server, 'connection', { timeoutMs, ...(stationId ? { filter: (c) => c.info.stationId === stationId } : {}) }),
  };
}

export async function connectOurs(cleanup: Cleanup, options: Partial<OcppClientOptions> & { url: string }): Promise<Awaited<ReturnType<typeof connectClient>>> {
  const c = await connectClient({ stationId: 'CS001', versions: ['2.0.1'], securityProfile: 0, ...options });
  cleanup.add(c, (x) => x.rpc.terminate());
  return c;
}

/** Answers the calls a test does not care about with a schema-valid result (or the suggested error). */
export function autoAnswer(rpc: RpcConnection): void {
  rpc.on('call', (call: { messageId: string; action: string; kind: string; suggestedError?: { code: string; description: string } }) => {
    if (call.kind !== 'call') return;
    if (call.suggestedError) return rpc.respondError(call.messageId, call.suggestedError.code, call.suggestedError.description);
    switch (call.action) {
      case 'Heartbeat': return rpc.respond(call.messageId, heartbeatResp);
      case 'BootNotification': return rpc.respond(call.messageId, rpc.version === '1.6' ? bootConf16 : bootResp201);
      default: return rpc.respondError(call.messageId, 'NotImplemented', `no auto answer for ${call.action}`);
    }
  });
}

/**
 * A control station on `server`: connects with our client, and `roundTrip()` proves the server
 * still serves it (a Heartbeat CALL/CALLRESULT through the server's RpcConnection).
 */
export async function controlStation(cleanup: Cleanup, started: StartedServer, stationId = 'CONTROL', extra: Partial<OcppClientOptions> = {}): Promise<{ roundTrip(): Promise<void> }> {
  const accepted = started.nextConnection(stationId);
  const client = await connectOurs(cleanup, { url: started.url, stationId, ...extra });
  autoAnswer((await accepted).rpc);
  return {
    async roundTrip() {
      const outcome = await client.rpc.call('Heartbeat', {}, { timeoutMs: 3_000 });
      if (outcome.kind !== 'result' || outcome.findings.length) throw new Error(`control station round trip failed: ${JSON.stringify(outcome)}`);
    },
  };
}

/** A raw `ws` client: no OCPP logic at all. */
export async function rawClient(cleanup: Cleanup, url: string, protocols: string | string[] = 'ocpp2.0.1', options: ConstructorParameters<typeof WebSocket>[2] = {}): Promise<WebSocket> {
  const ws = cleanup.add(new WebSocket(url, protocols, options), (w) => w.terminate());
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out opening ${url}`)), 5_000);
    ws.once('open', () => { clearTimeout(timer); resolve(); });
    ws.once('error', (err) => { clearTimeout(timer); reject(err); });
  });
  ws.on('error', () => undefined);
  return ws;
}

export interface RawPeerServer {
  url: string;
  sockets: WebSocket[];
  nextSocket(timeoutMs?: number): Promise<WebSocket>;
}

/** A raw `ws` server selecting `protocol` (or none when `false`). */
export async function rawServer(cleanup: Cleanup, protocol: string | false = 'ocpp2.0.1'): Promise<RawPeerServer> {
  const wss = cleanup.add(new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: () => protocol }), (s) => {
    for (const c of s.clients) c.terminate();
    return new Promise<void>((resolve) => s.close(() => resolve()));
  });
  await nextEvent(wss, 'listening');
  const events = new EventEmitter();
  const sockets: WebSocket[] = [];
  wss.on('connection', (ws: WebSocket) => {
    ws.on('error', () => undefined);
    sockets.push(ws);
    events.emit('socket', ws);
  });
  const port = (wss.address() as AddressInfo).port;
  return { url: `ws://127.0.0.1:${port}/ocpp`, sockets, nextSocket: (timeoutMs = 5_000) => nextEvent<WebSocket>(events, 'socket', { timeoutMs }) };
}

/** Next text message on a raw socket, parsed. */
export async function nextJson(ws: WebSocket, timeoutMs = 5_000): Promise<unknown[]> {
  const data = await nextEvent<Buffer>(ws, 'message', { timeoutMs });
  return JSON.parse(data.toString('utf8')) as unknown[];
}

/** Opens a TCP socket and performs the WebSocket upgrade by hand, so a test can then write raw bytes. */
export async function manualUpgrade(cleanup: Cleanup, port: number, path: string, protocol: string): Promise<{ socket: net.Socket; response: string }> {
  const socket = cleanup.add(net.connect(port, '127.0.0.1'), (s) => s.destroy());
  socket.on('error', () => undefined);
  await nextEvent(socket, 'connect');
  const key = randomBytes(16).toString('base64');
  socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`);
  let response = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no upgrade response')), 5_000);
    const onData = (chunk: Buffer) => {
      response += chunk.toString('latin1');
      if (response.includes('\r\n\r\n')) {
        clearTimeout(timer);
        socket.off('data', onData);
        resolve();
      }
    };
    socket.on('data', onData);
  });
  return { socket, response };
}

/** A masked client->server frame header (FIN + opcode) for `length` payload bytes (< 65536), and the mask. */
export function maskedFrameHeader(opcode: number, length: number): { header: Buffer; mask: Buffer } {
  const mask = randomBytes(4);
  const header = length < 126
    ? Buffer.from([0x80 | opcode, 0x80 | length])
    : Buffer.from([0x80 | opcode, 0x80 | 126, length >> 8, length & 0xff]);
  return { header: Buffer.concat([header, mask]), mask };
}

export function maskPayload(payload: Buffer, mask: Buffer): Buffer {
  const out = Buffer.alloc(payload.length);
  for (let i = 0; i < payload.length; i++) out[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
  return out;
}

export type { OcppVersion };

/**
 * A hostile OCPP peer for robustness tests: from a fixed seed, a stream of malformed, oversized,
 * deeply nested, flooding and out-of-order frames, abrupt closes and bad upgrades. Real sockets
 * on loopback; every wait is for an event (drain, open, close), never a fixed sleep.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

/** mulberry32: a small deterministic PRNG, so a failing run can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FRAME_KINDS = [
  'flood-call', 'malformed-json', 'not-array', 'bad-type-id', 'deep', 'schema-invalid', 'reply-unknown-id',
  'error-unknown-id', 'duplicate-id', 'binary', 'unknown-action', 'huge-string', 'oversized', 'abrupt-close',
] as const;
export type FrameKind = (typeof FRAME_KINDS)[number];

export interface HostileStats {
  frames: number;
  byKind: Record<string, number>;
  badUpgrades: number;
  connections: number;
}

export function emptyStats(): HostileStats {
  return { frames: 0, byKind: {}, badUpgrades: 0, connections: 0 };
}

const DEEP = 100_000;
const deep = `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;
const NOW = '2026-01-01T00:00:00.000Z';

/** Weights: floods dominate; expensive kinds (deep, huge, oversized, closes) are rare. */
const WEIGHTS: Array<[FrameKind, number]> = [
  ['flood-call', 40], ['malformed-json', 8], ['not-array', 4], ['bad-type-id', 4], ['deep', 0.3], ['schema-invalid', 8],
  ['reply-unknown-id', 8], ['error-unknown-id', 4], ['duplicate-id', 4], ['binary', 4], ['unknown-action', 4],
  ['huge-string', 0.2], ['oversized', 0.02], ['abrupt-close', 0.05],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((s, [, w]) => s + w, 0);

/** A seeded pick by weight; `keepOpen` leaves out the kinds that end the connection. */
export function pickKind(rng: () => number, keepOpen = false): FrameKind {
  const weights = keepOpen ? WEIGHTS.filter(([k]) => k !== 'oversized' && k !== 'abrupt-close') : WEIGHTS;
  let x = rng() * (keepOpen ? weights.reduce((s, [, w]) => s + w, 0) : TOTAL_WEIGHT);
  for (const [k, w] of weights) {
    x -= w;
    if (x <= 0) return k;
  }
  return 'flood-call';
}

/** One frame of `kind` as the given side would send it (the station sends station calls, the CSMS CSMS calls). */
export function frameOf(kind: Exclude<FrameKind, 'oversized' | 'abrupt-close' | 'binary'>, side: 'station' | 'csms', n: number, rng: () => number): string {
  const id = `h-${n}`;
  const call = side === 'station' ? ['Heartbeat', {}] : ['GetVariables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } }] }];
  switch (kind) {
    case 'flood-call': return JSON.stringify([2, id, ...call]);
    case 'malformed-json': return ['{"not json', '[2,"x",', '\u0000\u0001garbage', '[2,"a","Heartbeat",{}]]'][Math.floor(rng() * 4)]!;
    case 'not-array': return JSON.stringify({ type: 2, id });
    case 'bad-type-id': return rng() < 0.5 ? JSON.stringify([9, id, {}]) : JSON.stringify([[1, [2, [3]]], id, 'Heartbeat', {}]);
    case 'deep': return `[2,"${id}","${side === 'station' ? 'BootNotification' : 'GetVariables'}",{"v":${deep}}]`;
    case 'schema-invalid': return side === 'station'
      ? JSON.stringify([2, id, 'StatusNotification', { timestamp: NOW, connectorStatus: 'Exploded', evseId: 1, connectorId: 1 }])
      : JSON.stringify([2, id, 'Reset', { type: 'Sideways' }]);
    case 'reply-unknown-id': return JSON.stringify([3, `nobody-asked-${n}`, { currentTime: NOW }]);
    case 'error-unknown-id': return JSON.stringify([4, `nobody-asked-${n}`, 'GenericError', 'out of order', {}]);
    case 'duplicate-id': return JSON.stringify([2, 'h-dup', ...call]);
    case 'unknown-action': return JSON.stringify([2, id, 'LaunchRockets', {}]);
    case 'huge-string': return JSON.stringify([2, id, 'DataTransfer', { vendorId: 'x'.repeat(1024 * 1024) }]);
  }
}

/** Sends `count` hostile frames on `ws` (stops early if it closes). Resolves how it ended. */
export async function blast(ws: WebSocket, side: 'station' | 'csms', count: number, rng: () => number, stats: HostileStats, maxPayload: number, script: readonly FrameKind[] = [], keepOpen = false): Promise<'done' | 'closed'> {
  for (let i = 0; i < count; i++) {
    if (ws.readyState !== WebSocket.OPEN) return 'closed';
    // The script first (so every kind is sent at least once), then the seeded mix.
    const kind = script[i] ?? pickKind(rng, keepOpen);
    stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
    stats.frames += 1;
    if (kind === 'abrupt-close') {
      ws.terminate();
      return 'closed';
    }
    if (kind === 'oversized') {
      ws.send(`[2,"big","DataTransfer",{"vendorId":"${'x'.repeat(maxPayload + 16)}"}]`);
      continue;
    }
    const data = kind === 'binary' ? Buffer.from([0xde, 0xad, 0xbe, 0xef]) : frameOf(kind, side, stats.frames, rng);
    // Flow control: every few frames, wait until this one is written (an event, not a timer).
    if (i % 50 === 49 || ws.bufferedAmount > 1 << 20) await new Promise<void>((resolve) => ws.send(data, { binary: kind === 'binary' }, () => resolve()));
    else ws.send(data, { binary: kind === 'binary' });
  }
  return 'done';
}

/** Answers what the harness sends, hostilely: sometimes right, sometimes garbage, sometimes not at all. */
export function answerHostilely(ws: WebSocket, rng: () => number, good: (action: string) => unknown, alwaysGood: (action: string) => boolean = () => false): void {
  ws.on('message', (data, isBinary) => {
    if (isBinary || ws.readyState !== WebSocket.OPEN) return;
    let msg: unknown;
    try {
      msg = JSON.parse(data.toString());
    } catch {
      return;
    }
    if (!Array.isArray(msg) || msg[0] !== 2) return;
    const [, id, action] = msg as [number, string, string];
    const r = alwaysGood(action) ? 0 : rng();
    if (r < 0.7) ws.send(JSON.stringify([3, id, good(action)]));
    else if (r < 0.8) ws.send(JSON.stringify([3, id, { unexpected: true }]));
    else if (r < 0.9) ws.send(`[3,"${id}",{`);
    // else: never answered
  });
}

/** Raw bad upgrades against a harness listening at `url` (ws://host:port/path). */
export async function badUpgrades(url: string, stationId: string, stats: HostileStats): Promise<void> {
  const u = new URL(url);
  const port = Number(u.port);
  const attempts: string[] = [
    `GET ${u.pathname}/${stationId} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: ocpp9.9\r\n\r\n`,
    `GET ${u.pathname}/${stationId} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
    `GET ${u.pathname}/CS%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: ocpp2.0.1\r\n\r\n`,
    'BREW /coffee HTCPCP/1.0\r\n\r\n',
    '\u0016\u0003\u0001\u0000\u00a5garbage-that-looks-like-tls\r\n\r\n',
  ];
  for (const text of attempts) {
    await new Promise<void>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => s.write(text));
      s.on('data', () => s.destroy());
      s.on('error', () => resolve());
      s.on('close', () => resolve());
      s.setTimeout(2_000, () => s.destroy());
    });
    stats.badUpgrades += 1;
  }
  // A slow upgrade that never finishes its headers, dropped by us once the others are done.
  const slow = net.connect(port, '127.0.0.1', () => slow.write(`GET ${u.pathname}/${stationId} HTTP/1.1\r\nHost: x\r\n`));
  slow.on('error', () => undefined);
  await new Promise<void>((resolve) => slow.once('connect', () => resolve()));
  slow.destroy();
  stats.badUpgrades += 1;
}

export type UpgradeMisbehaviour = 'http-500' | 'wrong-subprotocol' | 'no-subprotocol' | 'drop';

/**
 * A hostile CSMS: the first connection attempts get the given bad upgrades in turn, later ones
 * are accepted and handed to `onConnection`.
 */
export async function hostileCsmsServer(misbehaviours: UpgradeMisbehaviour[], onConnection: (ws: WebSocket) => void, stats: HostileStats): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024, handleProtocols: (protocols) => (protocols.has('ocpp2.0.1') ? 'ocpp2.0.1' : false) });
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  let attempt = 0;
  server.on('upgrade', (req, socket: net.Socket, head) => {
    const bad = misbehaviours[attempt++];
    if (bad) stats.badUpgrades += 1;
    if (bad === 'http-500') return void socket.end('HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n');
    if (bad === 'drop') return void socket.destroy();
    if (bad === 'wrong-subprotocol' || bad === 'no-subprotocol') {
      const key = String(req.headers['sec-websocket-key']);
      const accept = createAccept(key);
      const proto = bad === 'wrong-subprotocol' ? 'Sec-WebSocket-Protocol: ocpp1.6\r\n' : '';
      socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n${proto}\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      stats.connections += 1;
      onConnection(ws);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/ocpp`,
    close: async () => {
      for (const c of wss.clients) c.terminate();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function createAccept(key: string): string {
  return createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
}

/**
 * RPC throughput and idle memory, over loopback, in one process (client and server share the CPU).
 *
 * Strict CALL/CALLRESULT round trips per second for
 *   ours:          connectClient + OcppServer (schema validation on, both sides),
 *   ocppRpcStrict: ocpp-rpc RPCClient + RPCServer, `strictMode: true` both sides,
 *   rawWs:         `ws` with JSON.stringify / JSON.parse only (no validation, no correlation).
 * Each connection does sequential round trips; a measurement lasts a fixed time, split into rounds
 * in which the three take turns.
 */
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type * as OcppRpc from 'ocpp-rpc';
import { OcppServer, type AcceptedConnection } from '../src/transport/server.js';
import { connectClient } from '../src/transport/client.js';
import type { IncomingCall, RpcConnection } from '../src/rpc/connection.js';

export interface RpcBenchRow {
  connections: number;
  /** Round trips per second. */
  ours: number;
  ocppRpcStrict: number;
  rawWs: number;
}

export interface RpcPayloadBench {
  action: 'Heartbeat' | 'TransactionEvent';
  /** Size of one CALL frame on the wire. */
  requestBytes: number;
  rows: RpcBenchRow[];
}

export interface RpcBenchResult {
  /** Heartbeat round trips (the same rows as `payloads[0]`). */
  rpc: RpcBenchRow[];
  /** Memory per idle connection (our client + our server side, in one process), bytes: the larger of the two figures below. */
  idleConnectionBytes: number;
  /** Process RSS delta per idle connection. */
  idleConnectionRssBytes: number;
  /** JS heap delta per idle connection. */
  idleConnectionHeapBytes: number;
  idleConnections: number;
  payloads: RpcPayloadBench[];
  measureMs: number;
}

export interface RpcBenchOptions {
  quick?: boolean;
}

interface Workload {
  action: RpcPayloadBench['action'];
  request: Record<string, unknown>;
  response: Record<string, unknown>;
}

const NOW = '2025-01-01T12:00:00.000Z';

const HEARTBEAT: Workload = { action: 'Heartbeat', request: {}, response: { currentTime: NOW } };

/** A TransactionEvent Updated with twelve sampled values, as a station sends while charging. */
function transactionEvent(): Record<string, unknown> {
  const phases = ['L1', 'L2', 'L3'];
  const sampledValue = [
    { value: 12345.6, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } },
    { value: 7200, measurand: 'Power.Active.Import', unitOfMeasure: { unit: 'W' } },
    ...phases.map((phase) => ({ value: 10.4, measurand: 'Current.Import', phase, unitOfMeasure: { unit: 'A' } })),
    ...phases.map((phase) => ({ value: 230.2, measurand: 'Voltage', phase: `${phase}-N`, unitOfMeasure: { unit: 'V' } })),
    { value: 50, measurand: 'Frequency' },
    { value: 42, measurand: 'SoC', location: 'EV', unitOfMeasure: { unit: 'Percent' } },
    { value: 11000, measurand: 'Power.Offered', unitOfMeasure: { unit: 'W' } },
    { value: 0.98, measurand: 'Power.Factor' },
  ].map((s) => ({ ...s, context: 'Sample.Periodic' }));
  return {
    eventType: 'Updated',
    timestamp: NOW,
    triggerReason: 'MeterValuePeriodic',
    seqNo: 7,
    transactionInfo: { transactionId: 'TX-000123', chargingState: 'Charging' },
    evse: { id: 1, connectorId: 1 },
    meterValue: [{ timestamp: NOW, sampledValue }],
  };
}

const TRANSACTION_EVENT: Workload = { action: 'TransactionEvent', request: transactionEvent(), response: { totalCost: 0.42 } };

/** One set of connections: a round-trip function per client, and how to tear it all down. */
interface Bed {
  roundTrips: Array<() => Promise<void>>;
  close(): Promise<void>;
}

async function inBatches<T>(n: number, batch: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += batch) {
    out.push(...await Promise.all(Array.from({ length: Math.min(batch, n - i) }, (_, k) => make(i + k))));
  }
  return out;
}

// --- ours --------------------------------------------------------------------------------------

async function oursBed(n: number, w: Workload): Promise<Bed> {
  const server = new OcppServer({ versions: ['2.0.1'], securityProfile: 0 });
  server.on('connection', ({ rpc }: AcceptedConnection) => {
    rpc.on('call', (call: IncomingCall) => rpc.respond(call.messageId, w.response));
  });
  const { url } = await server.listen();
  const clients = await inBatches(n, 50, (i) => connectClient({ url, stationId: `B${i}`, versions: ['2.0.1'], securityProfile: 0 }));
  return {
    roundTrips: clients.map(({ rpc }) => async () => {
      const outcome = await rpc.call(w.action, w.request);
      if (outcome.kind !== 'result' || outcome.findings.length) throw new Error(`ours: ${w.action} round trip failed: ${outcome.kind}`);
    }),
    close: async () => {
      for (const c of clients) c.rpc.close();
      await server.close();
    },
  };
}

// --- ocpp-rpc (strict) -------------------------------------------------------------------------

type OcppRpcModule = typeof OcppRpc;
interface RpcPeer {
  call(method: string, params: unknown): Promise<unknown>;
  handle(method: string, handler: () => unknown): void;
  connect(): Promise<unknown>;
  close(options: { force?: boolean }): Promise<unknown>;
}

async function ocppRpcBed(n: number, w: Workload): Promise<Bed> {
  const { RPCServer, RPCClient } = createRequire(import.meta.url)('ocpp-rpc') as OcppRpcModule;
  const common = { protocols: ['ocpp2.0.1'], strictMode: true, pingIntervalMs: 0, callTimeoutMs: 30_000 };
  const server = new RPCServer(common);
  server.on('client', (client: RpcPeer) => client.handle(w.action, () => w.response));
  const http = await server.listen(0, '127.0.0.1');
  const endpoint = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/ocpp`;
  type ClientOptions = ConstructorParameters<typeof RPCClient>[0];
  const clients = await inBatches(n, 50, async (i) => {
    const client = new RPCClient({ ...common, endpoint, identity: `B${i}`, reconnect: false } as Partial<ClientOptions> as ClientOptions) as unknown as RpcPeer;
    await client.connect();
    return client;
  });
  return {
    roundTrips: clients.map((client) => async () => { await client.call(w.action, w.request); }),
    close: async () => {
      await Promise.all(clients.map((c) => c.close({ force: true })));
      await server.close({ force: true });
    },
  };
}

// --- raw ws ------------------------------------------------------------------------------------

async function rawWsBed(n: number, w: Workload): Promise<Bed> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: () => 'ocpp2.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  wss.on('connection', (ws: WebSocket) => {
    ws.on('message', (data: RawData) => {
      const [, id] = JSON.parse(String(data)) as [number, string];
      ws.send(JSON.stringify([3, id, w.response]));
    });
  });
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/ocpp`;
  const clients = await inBatches(n, 50, async (i) => {
    const ws = new WebSocket(`${url}/B${i}`, 'ocpp2.0.1');
    await new Promise<void>((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
    let waiting: (() => void) | undefined;
    let seq = 0;
    ws.on('message', (data: RawData) => {
      JSON.parse(String(data));
      const done = waiting;
      waiting = undefined;
      done?.();
    });
    return () => new Promise<void>((resolve) => {
      waiting = resolve;
      ws.send(JSON.stringify([2, `${i}-${seq++}`, w.action, w.request]));
    });
  });
  return {
    roundTrips: clients,
    close: async () => {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

// --- measurement -------------------------------------------------------------------------------

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Every connection loops sequential round trips until the deadline. */
async function run(bed: Bed, durationMs: number): Promise<{ count: number; ms: number }> {
  const start = performance.now();
  const deadline = start + durationMs;
  let count = 0;
  await Promise.all(bed.roundTrips.map(async (roundTrip) => {
    while (performance.now() < deadline) {
      await roundTrip();
      count++;
    }
  }));
  return { count, ms: performance.now() - start };
}

const IMPLEMENTATIONS = { ours: oursBed, ocppRpcStrict: ocppRpcBed, rawWs: rawWsBed } as const;
type Implementation = keyof typeof IMPLEMENTATIONS;
/** Each measurement is split into rounds, the implementations taking turns, so load from elsewhere on the machine hits all of them alike. */
const ROUNDS = 4;

async function compare(connections: number, w: Workload, durationMs: number): Promise<RpcBenchRow> {
  const names = Object.keys(IMPLEMENTATIONS) as Implementation[];
  const beds = new Map<Implementation, Bed>();
  try {
    for (const name of names) beds.set(name, await IMPLEMENTATIONS[name](connections, w));
    for (const bed of beds.values()) await run(bed, Math.max(100, durationMs / 5)); // warm-up: JIT, schema compilation
    const totals = new Map(names.map((n) => [n, { count: 0, ms: 0 }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(round + k) % names.length] as Implementation;
        collectGarbage();
        const { count, ms } = await run(beds.get(name) as Bed, durationMs / ROUNDS);
        const total = totals.get(name) as { count: number; ms: number };
        total.count += count;
        total.ms += ms;
      }
    }
    const rate = (name: Implementation) => {
      const total = totals.get(name) as { count: number; ms: number };
      return Math.round(total.count / (total.ms / 1000));
    };
    return { connections, ours: rate('ours'), ocppRpcStrict: rate('ocppRpcStrict'), rawWs: rate('rawWs') };
  } finally {
    for (const bed of beds.values()) await bed.close();
    collectGarbage();
  }
}

/** Memory of `n` idle connections (our client and our server side of each, in this process), per connection. */
async function idleMemory(n: number): Promise<{ rss: number; heap: number }> {
  await openIdle(Math.min(n, 1_000)); // warm-up: grows the young generation and the allocator pools once
  return openIdle(n);
}

async function openIdle(n: number): Promise<{ rss: number; heap: number }> {
  collectGarbage();
  const before = process.memoryUsage();
  const server = new OcppServer({ versions: ['2.0.1'], securityProfile: 0 });
  const accepted: RpcConnection[] = [];
  server.on('connection', ({ rpc }: AcceptedConnection) => accepted.push(rpc));
  const { url } = await server.listen();
  const clients = await inBatches(n, 250, (i) => connectClient({ url, stationId: `IDLE${i}`, versions: ['2.0.1'], securityProfile: 0 }));
  // Every server side accepted, then a quiet moment for buffers to settle.
  while (accepted.length < n) await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  const after = process.memoryUsage();
  for (const c of clients) c.rpc.terminate();
  await server.close();
  collectGarbage();
  return { rss: Math.round((after.rss - before.rss) / n), heap: Math.round((after.heapUsed - before.heapUsed) / n) };
}

export async function benchRpc(opts: RpcBenchOptions = {}): Promise<RpcBenchResult> {
  const measureMs = opts.quick ? 500 : 2_000;
  const idleConnections = opts.quick ? 1_000 : 5_000;
  // Memory first, in a process not yet grown by the throughput runs, so the RSS delta means something.
  const idle = await idleMemory(idleConnections);
  const payloads: RpcPayloadBench[] = [];
  for (const w of [HEARTBEAT, TRANSACTION_EVENT]) {
    const rows: RpcBenchRow[] = [];
    for (const connections of [1, 10, 200]) rows.push(await compare(connections, w, measureMs));
    payloads.push({ action: w.action, requestBytes: Buffer.byteLength(JSON.stringify([2, '00000000-0000-0000-0000-000000000000', w.action, w.request])), rows });
  }
  return {
    rpc: payloads[0]?.rows ?? [],
    // RSS can under-read (pages already resident get reused); the larger of the two is the honest figure.
    idleConnectionBytes: Math.max(idle.rss, idle.heap),
    idleConnectionRssBytes: idle.rss,
    idleConnectionHeapBytes: idle.heap,
    idleConnections,
    payloads,
    measureMs,
  };
}

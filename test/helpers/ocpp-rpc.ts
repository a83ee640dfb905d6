/**
 * A narrow wrapper around ocpp-rpc, the independent OCPP-J implementation the RPC layer is
 * tested against. Only what the tests use is exposed; reconnects and keep-alive pings are off
 * so a closed test leaves nothing running.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import type * as OcppRpc from 'ocpp-rpc';
import { nextEvent } from './wait.js';

// CommonJS: some exports (NOREPLY, spread from a sub-module) are invisible to ESM named imports.
const ocppRpc = createRequire(import.meta.url)('ocpp-rpc') as typeof OcppRpc;
const { RPCServer, RPCClient } = ocppRpc;
type RPCClient = OcppRpc.RPCClient;

export const createRPCError: typeof OcppRpc.createRPCError = ocppRpc.createRPCError;
/** Returned by a handler: ocpp-rpc sends no reply (the handler may sendRaw its own). */
export const NOREPLY: typeof OcppRpc.NOREPLY = ocppRpc.NOREPLY;

type ClientOptions = ConstructorParameters<typeof OcppRpc.RPCClient>[0];
type Handler = (ctx: { method?: string; params?: Record<string, unknown>; messageId?: string }) => unknown;

/** The subset of an ocpp-rpc client (or server-side client) the tests use. */
export interface PeerClient extends EventEmitter {
  readonly identity: string | undefined;
  readonly protocol: string | undefined;
  call(method: string, params?: unknown, options?: { callTimeoutMs?: number; noReply?: boolean }): Promise<unknown>;
  handle(method: string, handler: Handler): void;
  handle(handler: Handler): void;
  sendRaw(message: string): void;
  close(options?: { code?: number; reason?: string; force?: boolean; awaitPending?: boolean }): Promise<unknown>;
}

export interface PeerServer {
  url: string;
  port: number;
  /** Server-side clients, in connection order. */
  clients: PeerClient[];
  events: EventEmitter;
  nextClient(timeoutMs?: number): Promise<PeerClient>;
  close(): Promise<void>;
}

export interface PeerServerOptions {
  protocols: string[];
  strictMode?: boolean;
  callTimeoutMs?: number;
  callConcurrency?: number;
}

export async function startPeerServer(options: PeerServerOptions): Promise<PeerServer> {
  const server = new RPCServer({
    protocols: options.protocols,
    strictMode: options.strictMode ?? true,
    callTimeoutMs: options.callTimeoutMs ?? 5_000,
    callConcurrency: options.callConcurrency ?? 1,
    pingIntervalMs: 0,
    respondWithDetailedErrors: true,
  });
  const events = new EventEmitter();
  const clients: PeerClient[] = [];
  server.on('client', (client: PeerClient) => {
    client.on('error', () => undefined);
    clients.push(client);
    events.emit('client', client);
  });
  server.on('error', () => undefined);
  const http: Server = await server.listen(0, '127.0.0.1');
  const port = (http.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/ocpp`,
    port,
    clients,
    events,
    nextClient: (timeoutMs = 5_000) => nextEvent<PeerClient>(events, 'client', { timeoutMs }),
    close: () => server.close({ force: true }),
  };
}

export interface PeerClientOptions {
  /** Base URL; the identity is appended by ocpp-rpc. */
  url: string;
  identity: string;
  protocols: string[];
  strictMode?: boolean;
  callConcurrency?: number;
  callTimeoutMs?: number;
  password?: string;
}

export async function connectPeerClient(options: PeerClientOptions): Promise<PeerClient> {
  const client = new RPCClient({
    endpoint: options.url,
    identity: options.identity,
    protocols: options.protocols,
    strictMode: options.strictMode ?? true,
    callConcurrency: options.callConcurrency ?? 1,
    callTimeoutMs: options.callTimeoutMs ?? 5_000,
    reconnect: false,
    pingIntervalMs: 0,
    respondWithDetailedErrors: true,
    ...(options.password !== undefined ? { password: options.password } : {}),
  } as Partial<ClientOptions> as ClientOptions) as unknown as PeerClient;
  client.on('error', () => undefined);
  await (client as unknown as RPCClient).connect();
  return client;
}

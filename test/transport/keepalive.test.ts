import { expect } from 'chai';
import { WebSocket, WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { connectClient } from '../../src/transport/client.js';
import { Cleanup, nextEvent } from '../helpers/wait.js';
import { startServer } from '../helpers/harness.js';

/** A bare WebSocket server on a random loopback port that answers pings or not. */
async function bareServer(cleanup: Cleanup, autoPong: boolean): Promise<{ wss: WebSocketServer; url: string }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, autoPong, handleProtocols: (p) => [...p][0] ?? false });
  cleanup.add(wss, (s) => { for (const c of s.clients) c.terminate(); s.close(); });
  await nextEvent(wss, 'listening');
  return { wss, url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}` };
}

describe('transport: WebSocket ping/pong detects a lost connection (timeouts.pingMs)', function () {
  this.timeout(10_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  it('server side: a station that stops answering pings is disconnected', async () => {
    const started = await startServer(cleanup, { pingIntervalMs: 40 });
    const accepted = started.nextConnection('CS001');
    const ws = cleanup.add(new WebSocket(`${started.url}/CS001`, ['ocpp2.0.1'], { autoPong: false }), (w) => w.terminate());
    await nextEvent(ws, 'open');
    const { rpc } = await accepted;
    const closed = await rpc.waitClosed();
    expect(closed.code).to.equal(1006);
  });

  it('server side: a station that answers pings stays connected', async () => {
    const started = await startServer(cleanup, { pingIntervalMs: 30 });
    const accepted = started.nextConnection('CS001');
    const ws = cleanup.add(new WebSocket(`${started.url}/CS001`, ['ocpp2.0.1']), (w) => w.terminate());
    await nextEvent(ws, 'open');
    const { rpc } = await accepted;
    let pings = 0;
    ws.on('ping', () => { pings += 1; });
    await new Promise<void>((resolve) => { ws.on('ping', () => { if (pings >= 4) resolve(); }); });
    expect(rpc.isOpen).to.equal(true);
  });

  it('client side: a CSMS that stops answering pings is disconnected', async () => {
    const { url } = await bareServer(cleanup, false);
    const { rpc } = await connectClient({ url, stationId: 'CS001', versions: ['2.0.1'], securityProfile: 0, pingIntervalMs: 40 });
    cleanup.add(rpc, (r) => r.terminate());
    const closed = await rpc.waitClosed();
    expect(closed.code).to.equal(1006);
  });
});

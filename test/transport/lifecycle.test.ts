import { expect } from 'chai';
import net from 'node:net';
import type { Finding } from '../../src/rpc/findings.js';
import { connectClient } from '../../src/transport/client.js';
import { isHarnessError } from '../../src/errors.js';
import { Cleanup, collect, nextEvent, until, within } from '../helpers/wait.js';
import { connectOurs, rawServer, startServer } from '../helpers/harness.js';
import { testPki } from '../helpers/pki.js';

describe('transport: server and client lifecycle', function () {
  this.timeout(10_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  it('pings at pingIntervalMs and gets pongs back', async () => {
    const started = await startServer(cleanup, { pingIntervalMs: 30 });
    const accepted = started.nextConnection('CS001');
    await connectOurs(cleanup, { url: started.url });
    const { ws } = await accepted;
    let pongs = 0;
    ws.on('pong', () => pongs++);
    await until(ws, 'pong', () => pongs >= 2, 'two pongs');
  });

  it("negotiates the server's preferred version among those offered", async () => {
    const started = await startServer(cleanup, { versions: ['2.0.1', '1.6'] });
    const { info } = await connectOurs(cleanup, { url: started.url, versions: ['1.6', '2.0.1'] });
    expect(info).to.include({ version: '2.0.1', protocol: 'ocpp2.0.1' });
  });

  it('carries a station id with reserved characters in the URL path', async () => {
    const started = await startServer(cleanup);
    const id = 'CS 01/é?#';
    const accepted = started.nextConnection(id);
    const { info } = await connectOurs(cleanup, { url: started.url, stationId: id });
    expect(info.url).to.contain(encodeURIComponent(id));
    expect((await accepted).info.stationId).to.equal(id);
  });

  it('close() ends live connections without blaming the stations', async () => {
    const started = await startServer(cleanup);
    const accepted = started.nextConnection('CS001');
    const { rpc } = await connectOurs(cleanup, { url: started.url });
    const conn = await accepted;
    const serverFindings = collect<Finding>(conn.rpc, 'finding');
    const clientClosed = rpc.waitClosed();
    await within(started.server.close(), 'server close');
    await within(clientClosed, 'client side close');
    await conn.rpc.waitClosed();
    expect(serverFindings).to.deep.equal([]);
  });

  it('close() does not wait for a peer that never finishes its HTTP request', async () => {
    const started = await startServer(cleanup);
    const socket = cleanup.add(net.connect(started.port, '127.0.0.1'), (s) => s.destroy());
    socket.on('error', () => undefined);
    await nextEvent(socket, 'connect');
    socket.write('GET /ocpp/CS001 HTTP/1.1\r\nHost: x\r\n');
    await within(started.server.close(), 'server close with a stalled request', 2_000);
  });

  it('close() does not wait for a peer stalled in the TLS handshake', async () => {
    const pki = await testPki();
    const started = await startServer(cleanup, { securityProfile: 2, tls: { cert: pki.chainPem('csms-server-ecdsa'), key: pki.get('csms-server-ecdsa').keyPem } });
    const socket = cleanup.add(net.connect(started.port, '127.0.0.1'), (s) => s.destroy());
    socket.on('error', () => undefined);
    await nextEvent(socket, 'connect');
    socket.write(Buffer.from([0x16, 0x03, 0x01]));
    await within(started.server.close(), 'server close with a stalled handshake', 2_000);
  });

  it('client: a server that selects no subprotocol is refused (OCPPH_ERR_SUBPROTOCOL)', async () => {
    const peer = await rawServer(cleanup, false);
    const err = await connectOurs(cleanup, { url: peer.url }).then(() => undefined, (e: unknown) => e);
    expect(isHarnessError(err, 'OCPPH_ERR_SUBPROTOCOL'), String(err)).to.equal(true);
  });

  it('client: a server that selects a subprotocol not offered is refused (OCPPH_ERR_SUBPROTOCOL)', async () => {
    const peer = await rawServer(cleanup, 'ocpp1.6');
    const err = await connectOurs(cleanup, { url: peer.url, versions: ['2.0.1'] }).then(() => undefined, (e: unknown) => e);
    expect(isHarnessError(err, 'OCPPH_ERR_SUBPROTOCOL'), String(err)).to.equal(true);
  });

  it('client: nothing listening gives OCPPH_ERR_CONNECT', async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const err = await connectClient({ url: `ws://127.0.0.1:${port}/ocpp`, stationId: 'CS001', versions: ['2.0.1'], securityProfile: 0 }).then(() => undefined, (e: unknown) => e);
    expect(isHarnessError(err, 'OCPPH_ERR_CONNECT'), String(err)).to.equal(true);
    expect((err as { details?: { code?: string } }).details?.code).to.equal('ECONNREFUSED');
  });
});

import { expect } from 'chai';
import http from 'node:http';
import type { WebSocket } from 'ws';
import type { Finding } from '../../src/rpc/findings.js';
import type { FrameEvent, IncomingCall } from '../../src/rpc/connection.js';
import type { AcceptedConnection, RejectedUpgrade } from '../../src/transport/server.js';
import { isHarnessError } from '../../src/errors.js';
import { Cleanup, collect, nextEvent, until } from '../helpers/wait.js';
import {
  autoAnswer, connectOurs, controlStation, manualUpgrade, maskedFrameHeader, maskPayload, nextJson, rawClient, startServer, type StartedServer,
} from '../helpers/harness.js';

const MAX_PAYLOAD = 1024;

describe('transport: bad input from a peer', function () {
  this.timeout(10_000);
  const cleanup = new Cleanup();
  let started: StartedServer;
  let control: { roundTrip(): Promise<void> };

  beforeEach(async () => {
    started = await startServer(cleanup, { versions: ['2.0.1'], maxPayloadBytes: MAX_PAYLOAD });
    control = await controlStation(cleanup, started);
  });
  afterEach(async () => {
    // Whatever the bad peer did, the other station on the same server still round-trips.
    try {
      await control.roundTrip();
    } finally {
      await cleanup.run();
    }
  });

  function expectOnly(findings: Finding[], code: Finding['code']): void {
    expect(findings.map((f) => f.code), 'findings').to.deep.equal([code]);
  }

  async function badPeer(stationId = 'BAD'): Promise<{ ws: WebSocket; conn: AcceptedConnection; findings: Finding[]; frames: FrameEvent[] }> {
    const accepted = started.nextConnection(stationId);
    const ws = await rawClient(cleanup, `${started.url}/${stationId}`);
    const conn = await accepted;
    autoAnswer(conn.rpc);
    return { ws, conn, findings: collect<Finding>(conn.rpc, 'finding'), frames: collect<FrameEvent>(conn.rpc, 'frame') };
  }

  it('malformed JSON: a FRAME_NOT_JSON finding with the raw text; the connection goes on', async () => {
    const { ws, conn } = await badPeer();
    const findingP = nextEvent<Finding>(conn.rpc, 'finding');
    ws.send('[2,"m-1","Heartbeat",{');
    const f = await findingP;
    expect(f).to.include({ code: 'FRAME_NOT_JSON', origin: 'peer', raw: '[2,"m-1","Heartbeat",{', rpcErrorCode: 'FormatViolation' });
    expect(f.message).to.match(/not valid JSON/);
    ws.send('[2,"m-2","Heartbeat",{}]');
    expect(await nextJson(ws)).to.deep.include.members([3, 'm-2']);
    expect(conn.rpc.isOpen).to.equal(true);
  });

  it('binary frame: a FRAME_BINARY finding', async () => {
    const { ws, conn } = await badPeer();
    const findingP = nextEvent<Finding>(conn.rpc, 'finding');
    ws.send(Buffer.from('[2,"m-1","Heartbeat",{}]'), { binary: true });
    const f = await findingP;
    expect(f).to.include({ code: 'FRAME_BINARY', origin: 'peer', raw: '[2,"m-1","Heartbeat",{}]' });
    expect(f.message).to.contain('binary');
  });

  it(`frame over maxPayloadBytes (${MAX_PAYLOAD}): FRAME_TOO_LARGE, and the peer sees close code 1009`, async () => {
    const { ws, conn, findings } = await badPeer();
    const findingP = nextEvent<Finding>(conn.rpc, 'finding');
    const peerClose = nextEvent<number>(ws, 'close');
    ws.send(JSON.stringify([2, 'big', 'DataTransfer', { vendorId: 'x', data: 'x'.repeat(MAX_PAYLOAD) }]));
    const f = await findingP;
    expect(f.code).to.equal('FRAME_TOO_LARGE');
    expect(f.message).to.contain('1009');
    expect(await peerClose).to.equal(1009);
    await conn.rpc.waitClosed();
    expect(conn.rpc.isOpen).to.equal(false);
    expectOnly(findings, 'FRAME_TOO_LARGE');
  });

  it('unknown message type id: FRAME_BAD_TYPE_ID, handed up to be answered with MessageTypeNotSupported', async () => {
    const { ws, conn } = await badPeer();
    const callP = nextEvent<IncomingCall>(conn.rpc, 'call');
    ws.send('[9,"t-1",{}]');
    const call = await callP;
    expect(call.findings.map((f) => f.code)).to.deep.equal(['FRAME_BAD_TYPE_ID']);
    expect(call.suggestedError?.code).to.equal('MessageTypeNotSupported');
    const [type, id, code] = await nextJson(ws);
    expect([type, id, code]).to.deep.equal([4, 't-1', 'MessageTypeNotSupported']);
  });

  it('CALLERROR for an unknown message id: REPLY_UNKNOWN_ID', async () => {
    const { ws, conn } = await badPeer();
    const findingP = nextEvent<Finding>(conn.rpc, 'finding');
    ws.send('[4,"ghost","GenericError","who called?",{}]');
    expect(await findingP).to.include({ code: 'REPLY_UNKNOWN_ID', messageId: 'ghost', raw: '[4,"ghost","GenericError","who called?",{}]' });
  });

  it('invalid UTF-8 in a text frame: a SOCKET_ERROR finding, close 1007', async () => {
    const { ws, conn, findings } = await badPeer();
    const findingP = nextEvent<Finding>(conn.rpc, 'finding');
    const peerClose = nextEvent<number>(ws, 'close');
    // ws' sender refuses to build such a frame, so write it on the socket underneath.
    const payload = Buffer.from([0x5b, 0xff, 0xfe, 0x5d]);
    const { header, mask } = maskedFrameHeader(0x1, payload.length);
    (ws as unknown as { _socket: NodeJS.WritableStream })._socket.write(Buffer.concat([header, maskPayload(payload, mask)]));
    const f = await findingP;
    expect(f.code).to.equal('SOCKET_ERROR');
    expect(f.message).to.contain('WS_ERR_INVALID_UTF8');
    expect(await peerClose).to.equal(1007);
    await conn.rpc.waitClosed();
    expectOnly(findings, 'SOCKET_ERROR');
  });

  it('a flood of 10,000 frames is all accounted for', async function () {
    this.timeout(20_000);
    const { ws, conn, findings, frames } = await badPeer();
    const N = 10_000;
    const replies = new Set<string>();
    ws.on('message', (data: Buffer) => {
      const [type, id] = JSON.parse(data.toString()) as [number, string];
      if (type === 3) replies.add(id);
    });
    for (let i = 0; i < N; i++) ws.send(i % 2 === 0 ? `[2,"f-${i}","Heartbeat",{}]` : `garbage ${i}`);
    await until(ws, 'message', () => replies.size === N / 2, `${N / 2} CALLRESULTs`, 15_000);
    const rx = frames.filter((f) => f.dir === 'rx');
    expect(rx).to.have.length(N);
    expect(findings.filter((f) => f.code === 'FRAME_NOT_JSON')).to.have.length(N / 2);
    expect(findings).to.have.length(N / 2);
    expect(conn.rpc.pendingIncoming.size).to.equal(0);
  });

  it('abrupt TCP close mid-frame: the connection closes 1006 with ABRUPT_CLOSE, our pending call resolves closed', async () => {
    const accepted = started.nextConnection('ABRUPT');
    const { socket, response } = await manualUpgrade(cleanup, started.port, '/ocpp/ABRUPT', 'ocpp2.0.1');
    expect(response).to.match(/^HTTP\/1\.1 101 /);
    expect(response.toLowerCase()).to.contain('sec-websocket-protocol: ocpp2.0.1');
    const conn = await accepted;
    const findingP = nextEvent<Finding>(conn.rpc, 'finding');
    const outcome = conn.rpc.call('Reset', { type: 'Immediate' });
    const { header, mask } = maskedFrameHeader(0x1, 100);
    socket.write(Buffer.concat([header, maskPayload(Buffer.from('[2,"half-a-fr'), mask)]));
    socket.destroy();
    const findings = collect<Finding>(conn.rpc, 'finding');
    expect(await findingP).to.include({ code: 'ABRUPT_CLOSE', origin: 'peer' });
    expect((await conn.rpc.waitClosed()).code).to.equal(1006);
    expect(findings.map((f) => f.code)).to.deep.equal(['ABRUPT_CLOSE']);
    expect((await outcome).kind).to.equal('closed');
  });

  it('subprotocol mismatch: the server emits rejected (OCPPH_ERR_SUBPROTOCOL), our client gets HTTP 400', async () => {
    const rejected = nextEvent<RejectedUpgrade>(started.server, 'rejected');
    const err = await connectOurs(cleanup, { url: started.url, stationId: 'OLD', versions: ['1.6'] }).then(() => undefined, (e: unknown) => e);
    const ev = await rejected;
    expect(ev.status).to.equal(400);
    expect(ev.stationId).to.equal('OLD');
    expect(ev.error.code).to.equal('OCPPH_ERR_SUBPROTOCOL');
    expect(ev.error.message).to.contain('ocpp1.6').and.contain('ocpp2.0.1');
    expect(isHarnessError(err, 'OCPPH_ERR_HTTP_STATUS'), String(err)).to.equal(true);
    expect((err as { details?: { status?: number } }).details?.status).to.equal(400);
  });

  it('no subprotocol offered at all: rejected with OCPPH_ERR_SUBPROTOCOL', async () => {
    const rejected = nextEvent<RejectedUpgrade>(started.server, 'rejected');
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.get(`http://127.0.0.1:${started.port}/ocpp/NOPROTO`, {
        headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' },
      });
      req.on('response', resolve);
      req.on('upgrade', () => reject(new Error('upgraded')));
      req.on('error', reject);
    });
    res.resume();
    expect(res.statusCode).to.equal(400);
    expect((await rejected).error.code).to.equal('OCPPH_ERR_SUBPROTOCOL');
  });

  it('no station identity in the path: rejected 400', async () => {
    const rejected = nextEvent<RejectedUpgrade>(started.server, 'rejected');
    const err = await rawClient(cleanup, `ws://127.0.0.1:${started.port}/`).then(() => undefined, (e: unknown) => e);
    expect(String(err)).to.contain('400');
    const ev = await rejected;
    expect(ev.status).to.equal(400);
    expect(ev.error.code).to.equal('OCPPH_ERR_CONNECT');
  });

  it('a plain HTTP request gets 426', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => http.get(`http://127.0.0.1:${started.port}/ocpp/CS001`, resolve).on('error', reject));
    res.resume();
    expect(res.statusCode).to.equal(426);
  });
});

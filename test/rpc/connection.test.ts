import { expect } from 'chai';
import diagnosticsChannel from 'node:diagnostics_channel';
import { EventEmitter } from 'node:events';
import type { CallOutcome, FrameEvent, IncomingCall } from '../../src/rpc/connection.js';
import type { Finding } from '../../src/rpc/findings.js';
import { frameChannel } from '../../src/rpc/diagnostics.js';
import type { AcceptedConnection } from '../../src/transport/server.js';
import { Cleanup, collect, nextEvent, until } from '../helpers/wait.js';
import { startPeerServer, connectPeerClient, createRPCError, NOREPLY, type PeerServer, type PeerClient } from '../helpers/ocpp-rpc.js';
import { startServer, connectOurs, rawServer, nextJson, type StartedServer } from '../helpers/harness.js';
import { boot16, bootConf16, boot201, bootResp201, heartbeatResp, periodicEventStream21 } from '../helpers/payloads.js';

function expectKind<K extends CallOutcome['kind']>(outcome: CallOutcome, kind: K): Extract<CallOutcome, { kind: K }> {
  expect(outcome.kind, JSON.stringify(outcome)).to.equal(kind);
  return outcome as Extract<CallOutcome, { kind: K }>;
}

function rpcErrorCodeOf(err: unknown): string | undefined {
  return (err as { rpcErrorCode?: string }).rpcErrorCode;
}

describe('rpc/connection against ocpp-rpc', function () {
  this.timeout(10_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  describe('our client -> ocpp-rpc server', () => {
    let peer: PeerServer;
    beforeEach(async () => {
      peer = cleanup.add(await startPeerServer({ protocols: ['ocpp2.0.1', 'ocpp1.6'], strictMode: true }), (p) => p.close());
    });

    it('2.0.1 CALL -> CALLRESULT, with frame events and the diagnostics channel', async () => {
      const received: unknown[] = [];
      peer.events.on('client', (c: PeerClient) => c.handle('BootNotification', ({ params }) => { received.push(params); return bootResp201; }));
      const published: FrameEvent[] = [];
      const onPublish = (m: unknown) => published.push(m as FrameEvent);
      diagnosticsChannel.subscribe(frameChannel.name, onPublish);
      cleanup.add(onPublish, (fn) => diagnosticsChannel.unsubscribe(frameChannel.name, fn));

      const { rpc, info } = await connectOurs(cleanup, { url: peer.url, stationId: 'CS001' });
      expect(info).to.include({ version: '2.0.1', protocol: 'ocpp2.0.1', stationId: 'CS001' });
      const frames = collect<FrameEvent>(rpc, 'frame');
      const findings = collect<Finding>(rpc, 'finding');
      const result = expectKind(await rpc.call('BootNotification', boot201), 'result');
      expect(result.payload).to.deep.equal(bootResp201);
      expect(result.findings).to.deep.equal([]);
      expect(received).to.deep.equal([boot201]);
      expect(findings).to.deep.equal([]);
      expect(frames.map((f) => [f.dir, f.action, f.messageId])).to.deep.equal([
        ['tx', 'BootNotification', result.messageId],
        ['rx', 'BootNotification', result.messageId],
      ]);
      expect(JSON.parse(frames[1]?.raw ?? '')).to.deep.equal([3, result.messageId, bootResp201]);
      expect(published.filter((f) => f.connectionId === 'CS001').map((f) => f.dir)).to.deep.equal(['tx', 'rx']);
    });

    it('2.0.1 CALL -> CALLERROR from the peer handler', async () => {
      peer.events.on('client', (c: PeerClient) => c.handle('Heartbeat', () => { throw createRPCError('SecurityError', 'not today', { hint: 1 }); }));
      const { rpc } = await connectOurs(cleanup, { url: peer.url });
      const error = expectKind(await rpc.call('Heartbeat', {}), 'error');
      expect(error).to.include({ errorCode: 'SecurityError', errorDescription: 'not today' });
      expect(error.errorDetails).to.deep.equal({ hint: 1 });
      expect(error.findings).to.deep.equal([]);
    });

    it('flags our own invalid CALL as a local finding, and sees the strict peer refuse it', async () => {
      peer.events.on('client', (c: PeerClient) => c.handle('BootNotification', () => bootResp201));
      const { rpc } = await connectOurs(cleanup, { url: peer.url });
      const findings = collect<Finding>(rpc, 'finding');
      const error = expectKind(await rpc.call('BootNotification', { reason: 'PowerUp' }), 'error');
      expect(findings[0]).to.include({ code: 'SCHEMA_VIOLATION', origin: 'local' });
      expect(findings[0]?.message).to.contain('chargingStation');
      // ocpp-rpc 2.2.1 answers 2.0.1 with the 1.6 spelling 'OccurenceConstraintViolation': the layer must notice.
      expect(error.errorCode).to.match(/^Occurr?enceConstraintViolation$/);
      const expected = error.errorCode === 'OccurrenceConstraintViolation' ? [] : ['BAD_ERROR_CODE'];
      expect(error.findings.map((f) => f.code)).to.deep.equal(expected);
    });

    it('2.0.1 peer CALL -> our CALLRESULT and our CALLERROR', async () => {
      const clientP = peer.nextClient();
      const { rpc } = await connectOurs(cleanup, { url: peer.url, stationId: 'CS002' });
      const serverSide = await clientP;
      expect(serverSide.identity).to.equal('CS002');
      rpc.on('call', (call: IncomingCall) => {
        if (call.action === 'Reset') rpc.respond(call.messageId, { status: 'Accepted' });
        else rpc.respondError(call.messageId, 'NotSupported', `${call.action} is off`, { action: call.action });
      });
      expect(await serverSide.call('Reset', { type: 'Immediate' })).to.deep.equal({ status: 'Accepted' });
      const err = await serverSide.call('ClearCache', {}).then(() => undefined, (e: unknown) => e);
      expect(rpcErrorCodeOf(err)).to.equal('NotSupported');
      expect(rpc.pendingIncoming.size).to.equal(0);
    });

    it('hands up a peer CALL that breaks the schema, with the error to answer', async () => {
      const clientP = peer.nextClient();
      const { rpc } = await connectOurs(cleanup, { url: peer.url });
      const serverSide = await clientP;
      const callP = nextEvent<IncomingCall>(rpc, 'call');
      serverSide.sendRaw(JSON.stringify([2, 'bad-1', 'Reset', { type: 'Sometimes' }]));
      const call = await callP;
      expect(call.findings.map((f) => f.code)).to.deep.equal(['SCHEMA_VIOLATION']);
      expect(call.findings[0]).to.include({ origin: 'peer', messageId: 'bad-1', action: 'Reset' });
      expect(call.findings[0]?.raw).to.equal(JSON.stringify([2, 'bad-1', 'Reset', { type: 'Sometimes' }]));
      expect(call.suggestedError?.code).to.equal('PropertyConstraintViolation');
    });

    it('1.6 CALL/CALLRESULT/CALLERROR both ways', async () => {
      peer.events.on('client', (c: PeerClient) => {
        c.handle('BootNotification', () => bootConf16);
        c.handle('Heartbeat', () => { throw createRPCError('NotImplemented', 'no heartbeat here'); });
      });
      const clientP = peer.nextClient();
      const { rpc, info } = await connectOurs(cleanup, { url: peer.url, versions: ['1.6'] });
      expect(info.version).to.equal('1.6');
      const serverSide = await clientP;
      expect(expectKind(await rpc.call('BootNotification', boot16), 'result').payload).to.deep.equal(bootConf16);
      expect(expectKind(await rpc.call('Heartbeat', {}), 'error').errorCode).to.equal('NotImplemented');
      rpc.on('call', (call: IncomingCall) => {
        if (call.action === 'ChangeAvailability') rpc.respond(call.messageId, { status: 'Scheduled' });
        else rpc.respondError(call.messageId, 'NotImplemented');
      });
      expect(await serverSide.call('ChangeAvailability', { connectorId: 1, type: 'Inoperative' })).to.deep.equal({ status: 'Scheduled' });
      expect(rpcErrorCodeOf(await serverSide.call('Reset', { type: 'Soft' }).catch((e: unknown) => e))).to.equal('NotImplemented');
    });
  });

  describe('ocpp-rpc client -> our server', () => {
    let started: StartedServer;
    let client: PeerClient;
    let conn: AcceptedConnection;

    beforeEach(async () => {
      started = await startServer(cleanup, { versions: ['2.0.1', '1.6'] });
      const accepted = started.nextConnection('CS100');
      client = cleanup.add(await connectPeerClient({ url: started.url, identity: 'CS100', protocols: ['ocpp2.0.1'], callConcurrency: 2 }), (c) => c.close({ force: true }));
      conn = await accepted;
    });

    it('peer CALL -> our CALLRESULT / CALLERROR', async () => {
      expect(conn.info).to.include({ stationId: 'CS100', version: '2.0.1', securityProfile: 0 });
      conn.rpc.on('call', (call: IncomingCall) => {
        expect(call.findings).to.deep.equal([]);
        if (call.action === 'BootNotification') conn.rpc.respond(call.messageId, bootResp201);
        else conn.rpc.respondError(call.messageId, 'NotImplemented', 'later');
      });
      expect(await client.call('BootNotification', boot201)).to.deep.equal(bootResp201);
      expect(rpcErrorCodeOf(await client.call('Heartbeat', {}).catch((e: unknown) => e))).to.equal('NotImplemented');
    });

    it('our CALL -> peer CALLRESULT / CALLERROR', async () => {
      client.handle('Reset', () => ({ status: 'Rejected' }));
      client.handle('ClearCache', () => { throw createRPCError('InternalError', 'disk on fire'); });
      expect(expectKind(await conn.rpc.call('Reset', { type: 'OnIdle' }), 'result').payload).to.deep.equal({ status: 'Rejected' });
      const error = expectKind(await conn.rpc.call('ClearCache', {}), 'error');
      expect(error).to.include({ errorCode: 'InternalError', errorDescription: 'disk on fire' });
    });

    it('flags a second peer CALL while the first is unanswered (CALL_WHILE_PENDING)', async () => {
      const calls = collect<IncomingCall>(conn.rpc, 'call');
      const first = nextEvent<IncomingCall>(conn.rpc, 'call');
      const both = Promise.all([client.call('Heartbeat', {}), client.call('Heartbeat', {})]);
      await first;
      await until(conn.rpc, 'call', () => calls.length >= 2, 'the second CALL');
      expect(calls[0]?.findings).to.deep.equal([]);
      expect(calls[1]?.findings.map((f) => f.code)).to.deep.equal(['CALL_WHILE_PENDING']);
      expect(calls[1]?.findings[0]?.message).to.contain(calls[0]?.messageId ?? '?');
      expect(conn.rpc.pendingIncoming.size).to.equal(2);
      for (const c of calls) conn.rpc.respond(c.messageId, heartbeatResp);
      expect(await both).to.deep.equal([heartbeatResp, heartbeatResp]);
    });

    it('flags a reused message id (DUPLICATE_MESSAGE_ID)', async () => {
      conn.rpc.on('call', (call: IncomingCall) => conn.rpc.respond(call.messageId, heartbeatResp));
      const first = nextEvent<IncomingCall>(conn.rpc, 'call');
      client.sendRaw('[2,"same-id","Heartbeat",{}]');
      expect((await first).findings).to.deep.equal([]);
      const second = nextEvent<IncomingCall>(conn.rpc, 'call');
      client.sendRaw('[2,"same-id","Heartbeat",{}]');
      expect((await second).findings.map((f) => f.code)).to.deep.equal(['DUPLICATE_MESSAGE_ID']);
    });

    it('flags an unknown action and suggests NotImplemented', async () => {
      const callP = nextEvent<IncomingCall>(conn.rpc, 'call');
      client.sendRaw('[2,"u-1","FlyToTheMoon",{}]');
      const call = await callP;
      expect(call.findings.map((f) => f.code)).to.deep.equal(['UNKNOWN_ACTION']);
      expect(call.suggestedError?.code).to.equal('NotImplemented');
    });

    it('flags a reply to an unknown message id', async () => {
      const findingP = nextEvent<Finding>(conn.rpc, 'finding');
      client.sendRaw('[3,"nobody-asked",{}]');
      const f = await findingP;
      expect(f).to.include({ code: 'REPLY_UNKNOWN_ID', origin: 'peer', messageId: 'nobody-asked', raw: '[3,"nobody-asked",{}]' });
    });

    it('flags a duplicate reply', async () => {
      client.handle('Reset', ({ messageId }) => {
        client.sendRaw(JSON.stringify([3, messageId, { status: 'Accepted' }]));
        client.sendRaw(JSON.stringify([3, messageId, { status: 'Accepted' }]));
        return NOREPLY;
      });
      const findingP = nextEvent<Finding>(conn.rpc, 'finding');
      const result = expectKind(await conn.rpc.call('Reset', { type: 'Immediate' }), 'result');
      const f = await findingP;
      expect(f).to.include({ code: 'REPLY_DUPLICATE', messageId: result.messageId });
    });

    it('times out a call, flags the late reply, and lets the next queued call go', async () => {
      let lateId = '';
      client.handle('Reset', ({ messageId }) => { lateId = messageId ?? ''; return NOREPLY; });
      client.handle('ClearCache', () => ({ status: 'Accepted' }));
      const first = conn.rpc.call('Reset', { type: 'Immediate' }, { timeoutMs: 150 });
      const second = conn.rpc.call('ClearCache', {});
      expectKind(await first, 'timeout');
      expectKind(await second, 'result');
      const findingP = nextEvent<Finding>(conn.rpc, 'finding');
      client.sendRaw(JSON.stringify([3, lateId, { status: 'Accepted' }]));
      expect(await findingP).to.include({ code: 'REPLY_AFTER_TIMEOUT', action: 'Reset', messageId: lateId });
    });

    it('keeps one CALL of ours in flight and sends the queue in order', async () => {
      const arrivals = new EventEmitter();
      const arrived: string[] = [];
      const release: Array<() => void> = [];
      let inFlight = 0;
      let maxInFlight = 0;
      client.handle('DataTransfer', async ({ params }) => {
        arrived.push(String(params?.messageId));
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        const released = new Promise<void>((resolve) => release.push(resolve));
        arrivals.emit('arrived');
        await released;
        inFlight--;
        return { status: 'Accepted' };
      });
      const waitArrival = (what: string) => until(arrivals, 'arrived', () => release.length > 0, what);
      const outcomes = ['a', 'b', 'c'].map((id) => conn.rpc.call('DataTransfer', { vendorId: 'test', messageId: id }));
      await waitArrival('the first DataTransfer at the peer');
      // Barrier: a peer->us round trip; anything we had sent before answering it would arrive first.
      conn.rpc.once('call', (call: IncomingCall) => conn.rpc.respond(call.messageId, heartbeatResp));
      await client.call('Heartbeat', {});
      expect(arrived).to.deep.equal(['a']);
      for (const id of ['a', 'b', 'c']) {
        await waitArrival(`DataTransfer ${id}`);
        release.shift()?.();
      }
      const done = await Promise.all(outcomes);
      expect(done.map((o) => o.kind)).to.deep.equal(['result', 'result', 'result']);
      expect(arrived).to.deep.equal(['a', 'b', 'c']);
      expect(maxInFlight).to.equal(1);
    });

    it('correlates a deliberate second CALL (ignoreInFlight) next to a queued one', async () => {
      const held: string[] = [];
      const arrivals = new EventEmitter();
      client.handle('Reset', ({ messageId }) => { held.push(messageId ?? ''); arrivals.emit('arrived'); return NOREPLY; });
      const extra = conn.rpc.call('Reset', { type: 'Immediate' }, { ignoreInFlight: true, messageId: 'extra-1' });
      const normal = conn.rpc.call('Reset', { type: 'OnIdle' });
      await until(arrivals, 'arrived', () => held.length === 2, 'both CALLs at the peer');
      expect(held[0]).to.equal('extra-1');
      for (const id of [...held].reverse()) client.sendRaw(JSON.stringify([3, id, { status: 'Accepted' }]));
      expectKind(await extra, 'result');
      expectKind(await normal, 'result');
    });

    it('flags a late reply to a timed-out ignoreInFlight CALL sent next to a pending one', async () => {
      const held: string[] = [];
      const arrivals = new EventEmitter();
      client.handle('Reset', ({ messageId }) => { held.push(messageId ?? ''); arrivals.emit('arrived'); return NOREPLY; });
      const normal = conn.rpc.call('Reset', { type: 'OnIdle' });
      await until(arrivals, 'arrived', () => held.length === 1, 'the first CALL at the peer');
      expectKind(await conn.rpc.call('Reset', { type: 'Immediate' }, { ignoreInFlight: true, timeoutMs: 100, messageId: 'extra-2' }), 'timeout');
      const findingP = nextEvent<Finding>(conn.rpc, 'finding');
      client.sendRaw(JSON.stringify([3, 'extra-2', { status: 'Accepted' }]));
      expect(await findingP).to.include({ code: 'REPLY_AFTER_TIMEOUT', messageId: 'extra-2', action: 'Reset' });
      client.sendRaw(JSON.stringify([3, held[0], { status: 'Accepted' }]));
      expectKind(await normal, 'result');
    });

    it('does not blame the peer for our own terminate()', async () => {
      const findings = collect<Finding>(conn.rpc, 'finding');
      conn.rpc.terminate();
      expect((await conn.rpc.waitClosed()).code).to.equal(1006);
      expect(findings).to.deep.equal([]);
    });

    it("resolves pending and queued calls 'closed' when the peer disconnects", async () => {
      client.handle('Reset', () => NOREPLY);
      const pending = conn.rpc.call('Reset', { type: 'Immediate' });
      const queued = conn.rpc.call('Reset', { type: 'Immediate' });
      await nextEvent(client, 'call');
      await client.close({ code: 1001, reason: 'bye' });
      expectKind(await pending, 'closed');
      expectKind(await queued, 'closed');
      const info = await conn.rpc.waitClosed();
      expect(info).to.include({ code: 1001, reason: 'bye' });
      expect(conn.rpc.isOpen).to.equal(false);
      expectKind(await conn.rpc.call('Reset', { type: 'Immediate' }), 'closed');
    });

    it('sendRaw puts text on the wire as is', async () => {
      const frames = collect<FrameEvent>(conn.rpc, 'frame');
      const badMessage = nextEvent<{ buffer: Buffer }>(client, 'badMessage');
      conn.rpc.sendRaw('[2,"raw-1","Reset",{"type":');
      expect((await badMessage).buffer.toString()).to.equal('[2,"raw-1","Reset",{"type":');
      expect(frames[0]).to.include({ dir: 'tx', raw: '[2,"raw-1","Reset",{"type":' });

      client.handle('Reset', ({ messageId }) => { expect(messageId).to.equal('raw-2'); return { status: 'Accepted' }; });
      const unknownReply = nextEvent<Finding>(conn.rpc, 'finding', { filter: (f) => f.messageId === 'raw-2' });
      conn.rpc.sendRaw('[2,"raw-2","Reset",{"type":"Immediate"}]');
      expect(await unknownReply).to.include({ code: 'REPLY_UNKNOWN_ID', messageId: 'raw-2' });
    });
  });

  describe('OCPP 2.1 message types against a raw ws peer', () => {
    it('sends and receives SEND, and takes CALLRESULTERROR as the outcome of a CALL', async () => {
      const peer = await rawServer(cleanup, 'ocpp2.1');
      const socketP = peer.nextSocket();
      const { rpc, info } = await connectOurs(cleanup, { url: peer.url, versions: ['2.1'] });
      expect(info.version).to.equal('2.1');
      const ws = await socketP;

      const sentId = rpc.sendOneWay('NotifyPeriodicEventStream', periodicEventStream21);
      expect(await nextJson(ws)).to.deep.equal([6, sentId, 'NotifyPeriodicEventStream', periodicEventStream21]);

      const callP = nextEvent<IncomingCall>(rpc, 'call');
      ws.send(JSON.stringify([6, 's-1', 'NotifyPeriodicEventStream', periodicEventStream21]));
      const send = await callP;
      expect(send).to.include({ kind: 'send', action: 'NotifyPeriodicEventStream', messageId: 's-1' });
      expect(send.findings).to.deep.equal([]);
      expect(rpc.pendingIncoming.size).to.equal(0);

      const outcomeP = rpc.call('Heartbeat', {});
      const [, id] = await nextJson(ws);
      ws.send(JSON.stringify([5, id, 'InternalError', 'result lost', {}]));
      const error = expectKind(await outcomeP, 'error');
      expect(error).to.include({ errorCode: 'InternalError', messageId: id });
    });

    it('refuses SEND in 2.0.1 with a finding', async () => {
      const peer = await rawServer(cleanup, 'ocpp2.0.1');
      const socketP = peer.nextSocket();
      const { rpc } = await connectOurs(cleanup, { url: peer.url });
      const ws = await socketP;
      const findingP = nextEvent<Finding>(rpc, 'finding');
      ws.send(JSON.stringify([6, 's-1', 'NotifyPeriodicEventStream', periodicEventStream21]));
      expect(await findingP).to.include({ code: 'FRAME_TYPE_NOT_IN_VERSION', rpcErrorCode: 'MessageTypeNotSupported' });
    });

    it('flags a CALLERROR code that does not exist in the version', async () => {
      const peer = await rawServer(cleanup, 'ocpp2.0.1');
      const socketP = peer.nextSocket();
      const { rpc } = await connectOurs(cleanup, { url: peer.url });
      const ws = await socketP;
      const outcomeP = rpc.call('Heartbeat', {});
      const [, id] = await nextJson(ws);
      ws.send(JSON.stringify([4, id, 'FormationViolation', '1.6 spelling', {}]));
      const error = expectKind(await outcomeP, 'error');
      expect(error.findings.map((f) => f.code)).to.deep.equal(['BAD_ERROR_CODE']);
    });
  });
});

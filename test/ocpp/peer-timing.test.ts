/**
 * The peer's expectations as a case sees them, against a station on a real loopback WebSocket:
 * timed from the operator, dead with their case, never satisfied by stale calls (issue 12).
 */
import { expect } from 'chai';
import { CsmsLink, StationLink } from '../../src/ocpp/link.js';
import { CsmsSidePeer } from '../../src/ocpp/peer-csms-side.js';
import { StationSidePeer } from '../../src/ocpp/peer-station-side.js';
import { CaseRecorder } from '../../src/ocpp/recorder.js';
import { defaultIcs } from '../../src/config/default-ics.js';
import { CaseFailure, WaitTimedOut } from '../../src/domain/verdict.js';
import { connectClient } from '../../src/transport/client.js';
import type { RpcConnection } from '../../src/rpc/connection.js';
import type { OcppVersion } from '../../src/rpc/versions.js';
import { Cleanup, nextEvent } from '../helpers/wait.js';
import { startServer } from '../helpers/harness.js';

const BOOT = { chargingStation: { model: 'M', vendorName: 'V' }, reason: 'PowerUp' };
const TX_UPDATED = { eventType: 'Updated', timestamp: new Date().toISOString(), triggerReason: 'ChargingStateChanged', seqNo: 2, transactionInfo: { transactionId: 'T1', chargingState: 'Charging' } };
const STATUS = { timestamp: new Date().toISOString(), connectorStatus: 'Available', evseId: 1, connectorId: 1 };

describe('ocpp: peer expectations and timing', function () {
  this.timeout(10_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  async function harness(version: OcppVersion = '2.0.1', holdMs = 5_000): Promise<{ link: CsmsLink; peer: CsmsSidePeer; station: () => Promise<RpcConnection> }> {
    const link = cleanup.add(new CsmsLink({ versions: [version], securityProfile: 0, expectedStationId: 'CS001' }), (l) => l.close());
    const { url } = await link.listen();
    const peer = new CsmsSidePeer(link, { ics: { ...defaultIcs(version, 'CS'), timeouts: { messageMs: 2_000, maxTimeDeviationMs: 4_000, bootMs: 5_000 } }, holdMs });
    const station = async () => {
      const connected = nextEvent(link, 'connection');
      const { rpc } = await connectClient({ url, stationId: 'CS001', versions: [version], securityProfile: 0 });
      cleanup.add(rpc, (r) => r.terminate());
      await connected;
      return rpc;
    };
    return { link, peer, station };
  }

  it('a wait armed before a manual step is timed from when the operator reports it done', async () => {
    const { peer, station } = await harness();
    const rpc = await station();
    peer.beginCase(new CaseRecorder());
    const boot = peer.expectCall('BootNotification', { timeoutMs: 100 });
    peer.operatorBegan();
    await new Promise((r) => setTimeout(r, 250));
    peer.operatorEnded();
    void rpc.call('BootNotification', BOOT);
    expect((await boot).action).to.equal('BootNotification');
  });

  it('a wait that runs out rejects with WaitTimedOut, a CaseFailure by name and class (an optional wait may take it as "none came")', async () => {
    const { peer } = await harness();
    peer.beginCase(new CaseRecorder());
    const err = await peer.expectCall('Heartbeat', { timeoutMs: 30, optional: true }).then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(WaitTimedOut).and.instanceOf(CaseFailure);
    expect((err as Error).name).to.equal('CaseFailure');
    expect((err as Error).message).to.match(/it did not come$/);
  });

  it('a timed-out expectation of an earlier case never writes into a later case', async () => {
    const { peer } = await harness();
    const first = new CaseRecorder();
    peer.beginCase(first);
    void peer.expectCall('BootNotification', { timeoutMs: 60 });
    peer.endCase();
    const second = new CaseRecorder();
    peer.beginCase(second);
    // A wait of the second case outlives the first case's timer.
    await peer.expectNoCall('Heartbeat', 150);
    expect(second.steps.filter((s) => s.outcome === 'fail')).to.deep.equal([]);
    expect(first.steps.filter((s) => s.outcome === 'fail')).to.deep.equal([]);
  });

  it('a decision call the default already answered is not handed to expectCall', async () => {
    const { peer, station } = await harness('2.0.1', 20);
    const rpc = await station();
    peer.beginCase(new CaseRecorder());
    const answer = await rpc.call('BootNotification', BOOT);
    expect(answer.kind).to.equal('result');
    try {
      await peer.expectCall('BootNotification', { timeoutMs: 150 });
      expect.fail('the stale, answered BootNotification was handed to the case');
    } catch (err) {
      expect(err).to.be.instanceOf(CaseFailure);
    }
  });

  it('autoAnswer answers the calls of its action already held for the case, so a one-CALL-at-a-time SUT is not blocked', async () => {
    const { peer, station } = await harness('2.0.1', 60_000);
    const rpc = await station();
    peer.beginCase(new CaseRecorder());
    const pending = rpc.call('TransactionEvent', TX_UPDATED);
    // Held for the case (nobody claims it, the hold is long): no answer yet.
    const early = await Promise.race([pending.then(() => 'answered'), new Promise((r) => setTimeout(() => r('held'), 150))]);
    expect(early).to.equal('held');
    peer.autoAnswer('TransactionEvent', {});
    const answer = await Promise.race([pending, new Promise((r) => setTimeout(() => r('still held'), 1_000))]);
    expect(answer).to.deep.include({ kind: 'result' });
  });

  it('calls received before the main steps never satisfy them', async () => {
    const { peer, station } = await harness();
    const rpc = await station();
    peer.beginCase(new CaseRecorder());
    const early = rpc.call('BootNotification', BOOT);
    await new Promise<void>((resolve) => { const t = setInterval(() => { if (peer.currentRecorder.frames.length) { clearInterval(t); resolve(); } }, 5); });
    expect(peer.beginMainSteps()).to.equal(1);
    expect((await early).kind, 'answered by default when the main steps begin').to.equal('result');
    const boot = peer.expectCall('BootNotification', { timeoutMs: 2_000 });
    void rpc.call('BootNotification', { ...BOOT, reason: 'RemoteReset' });
    expect(((await boot).payload as { reason?: string }).reason).to.equal('RemoteReset');
  });

  it('expectNoCall does not count a call sent on the previous, closed connection', async () => {
    const { peer, station } = await harness();
    peer.beginCase(new CaseRecorder());
    const old = await station();
    await old.call('StatusNotification', STATUS);
    old.close(1000, 'rebooting');
    await old.waitClosed();
    await station();
    await peer.expectNoCall('StatusNotification', 100);
  });

  it('the boot status does not survive a reconnection; connectedSince ignores the old connection', async () => {
    const { peer, station } = await harness();
    const old = await station();
    await old.call('BootNotification', BOOT);
    expect(peer.bootStatus).to.equal('Accepted');
    peer.beginCase(new CaseRecorder());
    // The operator is asked some time after the old connection opened.
    await new Promise((r) => setTimeout(r, 5));
    const asked = Date.now();
    const boot = peer.expectCall('BootNotification', { connectedSince: asked, timeoutMs: 2_000 });
    void old.call('BootNotification', { ...BOOT, reason: 'Unknown' });
    await new Promise((r) => setTimeout(r, 50));
    old.close(1000, 'power cycle');
    await old.waitClosed();
    const fresh = await station();
    expect(peer.bootStatus, 'a new connection starts unbooted').to.equal(undefined);
    void fresh.call('BootNotification', BOOT);
    expect(((await boot).payload as { reason?: string }).reason).to.equal('PowerUp');
  });

  it('a StartTransaction only the default answered is tracked until the station stops it (1.6)', async () => {
    const { peer, station } = await harness('1.6', 20);
    const rpc = await station();
    peer.beginCase(new CaseRecorder());
    const start = await rpc.call('StartTransaction', { connectorId: 1, idTag: 'VALID0001', meterStart: 0, timestamp: new Date().toISOString() });
    expect(start.kind).to.equal('result');
    const transactionId = (start as unknown as { payload: { transactionId: number } }).payload.transactionId;
    expect(peer.untrackedTransactions()).to.deep.equal([{ transactionId, connectorId: 1 }]);
    await rpc.call('StopTransaction', { transactionId, meterStop: 10, timestamp: new Date().toISOString() });
    expect(peer.untrackedTransactions()).to.deep.equal([]);
  });

  it('goOffline closes the connection, refuses reconnects for the time given, then accepts', async () => {
    const { peer, station } = await harness();
    const rpc = await station();
    peer.beginCase(new CaseRecorder());
    const t0 = Date.now();
    await peer.goOffline(400);
    expect(rpc.isOpen).to.equal(false);
    const refused = peer.expectRefusedConnection(2_000);
    expect(await station().then(() => 'accepted', () => 'refused'), 'a reconnection while offline').to.equal('refused');
    await refused;
    let back: RpcConnection | undefined;
    while (!back && Date.now() - t0 < 3_000) back = await station().catch(() => undefined);
    expect(back?.isOpen).to.equal(true);
    expect(Date.now() - t0).to.be.at.least(390);
  });

  it('station side: pure information requests are answered at once; reconnects wait reconnectDelayMs', async () => {
    const server = await startServer(cleanup);
    const link = cleanup.add(new StationLink({ url: server.url, stationId: 'CS001', versions: ['2.0.1'], securityProfile: 0, reconnectDelayMs: 200 }), (l) => l.close());
    const peer = new StationSidePeer(link, { ics: defaultIcs('2.0.1', 'CSMS'), holdMs: 5_000 });
    peer.beginCase(new CaseRecorder());
    const accepted = server.nextConnection('CS001');
    await link.connect();
    const { rpc } = await accepted;
    const t0 = Date.now();
    const res = await rpc.call('GetVariables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } }] });
    expect(res.kind).to.equal('result');
    expect(Date.now() - t0, 'not held for holdMs').to.be.below(1_000);
    const closedAt = Date.now();
    rpc.close(1000, 'bye');
    await nextEvent(link, 'disconnect');
    await link.connect();
    expect(Date.now() - closedAt).to.be.at.least(190);
  });
});

describe('ocpp: a finding between cases', function () {
  this.timeout(10_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  it('is reported on its own, not charged to the next case', async () => {
    const link = cleanup.add(new CsmsLink({ versions: ['2.0.1'], securityProfile: 0, expectedStationId: 'CS001' }), (l) => l.close());
    const { url } = await link.listen();
    const peer = new CsmsSidePeer(link, { ics: defaultIcs('2.0.1', 'CS') });
    const connected = nextEvent(link, 'connection');
    const { rpc } = await connectClient({ url, stationId: 'CS001', versions: ['2.0.1'], securityProfile: 0 });
    cleanup.add(rpc, (r) => r.terminate());
    await connected;
    // Between cases: a Heartbeat that breaks its schema.
    const answered = await rpc.call('Heartbeat', { unexpected: 1 } as never);
    expect(answered.kind).to.be.oneOf(['result', 'error']);
    const recorder = new CaseRecorder();
    peer.beginCase(recorder);
    expect(peer.unexpectedFindings(), 'charged to the case').to.deep.equal([]);
    expect(recorder.betweenCaseFindings.length).to.be.greaterThan(0);
    expect(recorder.steps.some((s) => s.text.startsWith('between cases (not charged to this case)'))).to.equal(true);
  });
});

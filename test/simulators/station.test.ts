import { expect } from 'chai';
import type { Payload } from '../../src/rpc/codec.js';
import { Cleanup, nextEvent } from '../helpers/wait.js';
import { MiniCsms, bootAccepted, stationFor } from './station-fixture.test.js';
import { startControlServer } from '../../src/simulators/common/control-server.js';

const gv = (component: Payload, variable: Payload, attributeType?: string): Payload => ({ component, variable, ...(attributeType ? { attributeType } : {}) });

describe('reference station', function () {
  this.timeout(10_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  async function csmsFor(version: '1.6' | '2.0.1'): Promise<MiniCsms> {
    return cleanup.add(await MiniCsms.start(version), (c) => c.close());
  }

  describe('boot (both versions)', () => {
    for (const version of ['1.6', '2.0.1'] as const) {
      it(`${version}: boots, then one StatusNotification per connector and heartbeats at the interval given`, async () => {
        const csms = await csmsFor(version);
        csms.interval = 1;
        const { station } = stationFor(csms, cleanup, { evses: [{ id: 1, connectors: 1 }, { id: 2, connectors: version === '1.6' ? 1 : 2 }] });
        await station.start();
        const boot = await csms.waitCall('BootNotification');
        if (version === '2.0.1') {
          expect(boot.payload.reason).to.equal('PowerUp');
          expect(boot.payload.chargingStation).to.include({ vendorName: 'OpenHarness', model: 'RefStation' });
        } else {
          expect(boot.payload).to.include({ chargePointVendor: 'OpenHarness', chargePointModel: 'RefStation' });
        }
        const expected = version === '2.0.1' ? ['1/1', '2/1', '2/2'] : ['0', '1', '2'];
        const seen: string[] = [];
        for (let i = 0; i < expected.length; i++) {
          const s = await csms.waitCall('StatusNotification');
          seen.push(version === '2.0.1' ? `${String(s.payload.evseId)}/${String(s.payload.connectorId)}` : String(s.payload.connectorId));
          expect(s.payload[version === '2.0.1' ? 'connectorStatus' : 'status']).to.equal('Available');
        }
        expect(seen.sort()).to.deep.equal(expected);
        const h1 = await csms.waitCall('Heartbeat', { timeoutMs: 2_000 });
        const h2 = await csms.waitCall('Heartbeat', { timeoutMs: 2_000 });
        expect(h2.t - h1.t).to.be.within(700, 1_400);
        expect(station.registration).to.equal('Accepted');
      });

      it(`${version}: Pending -> answers configuration requests, sends nothing else, boots again after the interval`, async () => {
        const csms = await csmsFor(version);
        csms.bootStatus = 'Pending';
        csms.interval = 1;
        const { station } = stationFor(csms, cleanup);
        await station.start();
        const first = await csms.waitCall('BootNotification');
        const answer = version === '2.0.1'
          ? await csms.call('GetVariables', { getVariableData: [gv({ name: 'OCPPCommCtrlr' }, { name: 'HeartbeatInterval' })] })
          : await csms.call('GetConfiguration', { key: ['HeartbeatInterval'] });
        expect(answer.kind).to.equal('result');
        csms.bootStatus = 'Accepted';
        const second = await csms.waitCall('BootNotification', { timeoutMs: 2_000 });
        expect(second.t - first.t).to.be.within(800, 1_600);
        expect(csms.calls.slice(0, second.index).map((c) => c.action)).to.deep.equal(['BootNotification']);
        await csms.waitCall('StatusNotification');
      });

      it(`${version}: Rejected -> ${version === '2.0.1' ? 'CALLERROR SecurityError' : 'no answer'} to CSMS calls, BootNotification again after the interval`, async () => {
        const csms = await csmsFor(version);
        csms.bootStatus = 'Rejected';
        csms.interval = 1;
        const { station } = stationFor(csms, cleanup);
        await station.start();
        const first = await csms.waitCall('BootNotification');
        await nextEvent(station, 'registration', { filter: (s) => s === 'Rejected', timeoutMs: 1_000 }).catch(() => undefined);
        const outcome = await csms.call(version === '2.0.1' ? 'GetVariables' : 'GetConfiguration',
          version === '2.0.1' ? { getVariableData: [gv({ name: 'OCPPCommCtrlr' }, { name: 'HeartbeatInterval' })] } : {}, 500);
        if (version === '2.0.1') {
          expect(outcome.kind).to.equal('error');
          expect(outcome.kind === 'error' && outcome.errorCode).to.equal('SecurityError');
        } else {
          expect(outcome.kind).to.equal('timeout');
        }
        const second = await csms.waitCall('BootNotification', { timeoutMs: 2_000 });
        expect(second.t - first.t).to.be.within(800, 1_600);
        expect(csms.callsOf('StatusNotification')).to.have.length(0);
      });

      it(`${version}: Reset reboots: the connection drops and a new BootNotification follows`, async () => {
        const csms = await csmsFor(version);
        const { station } = stationFor(csms, cleanup);
        await bootAccepted(csms, station, version === '1.6' ? 2 : 1);
        const reconnected = csms.nextConnection();
        const outcome = await csms.call('Reset', version === '2.0.1' ? { type: 'Immediate' } : { type: 'Soft' });
        expect(outcome.kind === 'result' && outcome.payload.status).to.equal('Accepted');
        await reconnected;
        const boot = await csms.waitCall('BootNotification');
        if (version === '2.0.1') expect(boot.payload.reason).to.equal('RemoteReset');
        await csms.waitCall('StatusNotification');
        const event = await csms.waitCall('SecurityEventNotification', { filter: (p) => p.type === 'ResetOrReboot' });
        expect(event.payload.timestamp).to.be.a('string');
      });

      it(`${version}: perform('powerCycle') resolves once the station is down and reconnecting; it boots again`, async () => {
        const csms = await csmsFor(version);
        const { station } = stationFor(csms, cleanup);
        await bootAccepted(csms, station, version === '1.6' ? 2 : 1);
        const bootsBefore = csms.callsOf('BootNotification').length;
        const result = await station.perform('powerCycle', {});
        expect(result.status).to.equal('done');
        expect(csms.callsOf('BootNotification')).to.have.length(bootsBefore);
        const boot = await csms.waitCall('BootNotification');
        if (version === '2.0.1') expect(boot.payload.reason).to.equal('PowerUp');
        expect(csms.connections).to.have.length(2);
      });
    }
  });

  it('2.0.1: a power cycle while a connection is still opening ends that connection too; the boot comes on a new one', async () => {
    const csms = await csmsFor('2.0.1');
    const { station } = stationFor(csms, cleanup);
    await bootAccepted(csms, station, 1);
    const bootsBefore = csms.callsOf('BootNotification').length;
    // The CSMS side has accepted the reconnection, the station's side has not seen it open yet: the power goes.
    let cycling: Promise<unknown> | undefined;
    csms.server.once('connection', () => { cycling = station.perform('powerCycle', {}); });
    csms.rpc.terminate();
    const boot = await csms.waitCall('BootNotification', { timeoutMs: 3_000 });
    await cycling;
    expect(csms.callsOf('BootNotification')).to.have.length(bootsBefore + 1);
    expect(csms.connections, 'the boot came on the connection the power cycle should have ended').to.have.length(3);
    expect(boot.rpc).to.equal(csms.connections[2]?.rpc);
  });

  describe('2.0.1 transactions', () => {
    it('plugIn + presentIdToken: TransactionEvents with seqNo 0,1,2..., trigger reasons, chargingState and meter values', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup, { meterValueSampleInterval: 1 });
      await bootAccepted(csms, station, 1);
      expect((await station.perform('plugIn', { evseId: 1, connectorId: 1 })).status).to.equal('done');
      const occupied = await csms.waitCall('StatusNotification');
      expect(occupied.payload.connectorStatus).to.equal('Occupied');
      const started = await csms.waitCall('TransactionEvent');
      expect(started.payload).to.include({ eventType: 'Started', triggerReason: 'CablePluggedIn', seqNo: 0 });
      expect(started.payload.evse).to.deep.equal({ id: 1, connectorId: 1 });
      expect(started.payload.transactionInfo).to.include({ chargingState: 'EVConnected' });
      expect((started.payload.meterValue as Payload[])[0]?.sampledValue).to.be.an('array').with.length.greaterThan(0);
      const auth = await station.perform('presentIdToken', { idToken: 'VALID0001', type: 'ISO14443' });
      expect(auth).to.deep.include({ status: 'done' });
      await csms.waitCall('Authorize');
      const authorized = await csms.waitCall('TransactionEvent');
      expect(authorized.payload).to.include({ eventType: 'Updated', triggerReason: 'Authorized', seqNo: 1 });
      expect(authorized.payload.idToken).to.deep.equal({ idToken: 'VALID0001', type: 'ISO14443' });
      const charging = await csms.waitCall('TransactionEvent');
      expect(charging.payload).to.include({ triggerReason: 'ChargingStateChanged', seqNo: 2 });
      expect(charging.payload.transactionInfo).to.include({ chargingState: 'Charging' });
      const periodic = await csms.waitCall('TransactionEvent', { timeoutMs: 2_500 });
      expect(periodic.payload).to.include({ triggerReason: 'MeterValuePeriodic', seqNo: 3 });
      await station.perform('evSuspend', { evseId: 1 });
      const suspended = await csms.waitCall('TransactionEvent', { filter: (p) => p.triggerReason === 'ChargingStateChanged' });
      expect(suspended.payload.transactionInfo).to.include({ chargingState: 'SuspendedEV' });
      await station.perform('presentIdToken', { idToken: 'VALID0001' });
      const ended = await csms.waitCall('TransactionEvent', { filter: (p) => p.eventType === 'Ended' });
      expect(ended.payload).to.include({ triggerReason: 'StopAuthorized' });
      expect(ended.payload.transactionInfo).to.include({ stoppedReason: 'Local' });
      const seqNos = csms.callsOf('TransactionEvent').map((c) => c.payload.seqNo);
      expect(seqNos).to.deep.equal(seqNos.map((_s, i) => i));
      const txIds = new Set(csms.callsOf('TransactionEvent').map((c) => (c.payload.transactionInfo as Payload).transactionId));
      expect(txIds.size).to.equal(1);
      await station.perform('unplug', { evseId: 1 });
      const available = await csms.waitCall('StatusNotification', { filter: (p) => p.connectorStatus === 'Available' });
      expect(available.payload.evseId).to.equal(1);
      expect(csms.findings).to.deep.equal([]);
    });

    it('idToken first, then plug in; unplug ends the transaction (EVCommunicationLost / EVDisconnected)', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 1);
      await station.perform('presentIdToken', { idToken: 'VALID0001', type: 'ISO14443' });
      const started = await csms.waitCall('TransactionEvent');
      expect(started.payload).to.include({ eventType: 'Started', triggerReason: 'Authorized', seqNo: 0 });
      await station.perform('plugIn', { evseId: 1 });
      const plugged = await csms.waitCall('TransactionEvent');
      expect(plugged.payload).to.include({ triggerReason: 'CablePluggedIn', seqNo: 1 });
      expect(plugged.payload.evse).to.deep.equal({ id: 1, connectorId: 1 });
      await csms.waitCall('TransactionEvent', { filter: (p) => p.triggerReason === 'ChargingStateChanged' });
      await station.perform('unplug', {});
      const ended = await csms.waitCall('TransactionEvent', { filter: (p) => p.eventType === 'Ended' });
      expect(ended.payload).to.include({ triggerReason: 'EVCommunicationLost', seqNo: 3 });
      expect(ended.payload.transactionInfo).to.include({ stoppedReason: 'EVDisconnected' });
    });

    it('an idToken the CSMS does not accept starts nothing', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 1);
      const result = await station.perform('presentIdToken', { idToken: 'INVALID01', type: 'ISO14443' });
      expect(result).to.deep.equal({ status: 'done', data: { evseId: 1, authorization: 'Invalid' } });
      await csms.expectNone('TransactionEvent', 200);
    });

    it('RequestStartTransaction / RequestStopTransaction: RemoteStart with remoteStartId, Ended with Remote', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 1);
      await station.perform('plugIn', { evseId: 1 });
      const started = await csms.waitCall('TransactionEvent');
      const txId = (started.payload.transactionInfo as Payload).transactionId;
      const start = await csms.call('RequestStartTransaction', { idToken: { idToken: 'VALID0001', type: 'Central' }, remoteStartId: 42, evseId: 1 });
      expect(start.kind === 'result' && start.payload).to.deep.equal({ status: 'Accepted', transactionId: txId });
      const remote = await csms.waitCall('TransactionEvent');
      expect(remote.payload).to.include({ triggerReason: 'RemoteStart' });
      expect(remote.payload.transactionInfo).to.include({ remoteStartId: 42 });
      const unknown = await csms.call('RequestStopTransaction', { transactionId: 'nope' });
      expect(unknown.kind === 'result' && unknown.payload.status).to.equal('Rejected');
      const stop = await csms.call('RequestStopTransaction', { transactionId: txId });
      expect(stop.kind === 'result' && stop.payload.status).to.equal('Accepted');
      const ended = await csms.waitCall('TransactionEvent', { filter: (p) => p.eventType === 'Ended' });
      expect(ended.payload).to.include({ triggerReason: 'RemoteStop' });
      expect(ended.payload.transactionInfo).to.include({ stoppedReason: 'Remote' });
    });

    it('Reset OnIdle during a transaction: Scheduled, then the reboot once the transaction ended; UnlockConnector, GetTransactionStatus', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 1);
      await station.perform('plugIn', { evseId: 1 });
      await station.perform('presentIdToken', { idToken: 'VALID0001' });
      const started = await csms.waitCall('TransactionEvent');
      const txId = (started.payload.transactionInfo as Payload).transactionId;
      const ask = async (action: string, payload: Payload) => {
        const o = await csms.call(action, payload);
        return o.kind === 'result' ? o.payload : { error: o.kind };
      };
      expect(await ask('UnlockConnector', { evseId: 1, connectorId: 1 })).to.deep.equal({ status: 'OngoingAuthorizedTransaction' });
      expect(await ask('UnlockConnector', { evseId: 1, connectorId: 5 })).to.deep.equal({ status: 'UnknownConnector' });
      expect(await ask('GetTransactionStatus', { transactionId: txId })).to.include({ ongoingIndicator: true });
      expect(await ask('Reset', { type: 'OnIdle' })).to.deep.equal({ status: 'Scheduled' });
      await csms.expectNone('BootNotification', 200);
      const reconnected = csms.nextConnection();
      await station.perform('presentIdToken', { idToken: 'VALID0001' });
      await csms.waitCall('TransactionEvent', { filter: (p) => p.eventType === 'Ended' });
      await reconnected;
      // The reset waited for the transaction to end: ScheduledReset (TC_B_21_CS step 7).
      expect((await csms.waitCall('BootNotification')).payload.reason).to.equal('ScheduledReset');
    });

    it('offline: transaction events are queued (offline: true) and delivered after reconnecting, without a new boot', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 1);
      await station.perform('plugIn', { evseId: 1 });
      await csms.waitCall('TransactionEvent');
      expect(await station.outbox.whenIdle(2_000)).to.equal(true);
      expect((await station.perform('goOffline')).status).to.equal('done');
      await station.perform('unplug', { evseId: 1 });
      expect(station.status().queuedMessages).to.equal(1);
      const reconnected = csms.nextConnection();
      station.perform('goOnline').catch(() => undefined);
      await reconnected;
      const ended = await csms.waitCall('TransactionEvent');
      expect(ended.payload).to.include({ eventType: 'Ended', offline: true, seqNo: 1 });
      const status = await csms.waitCall('StatusNotification', { filter: (p) => p.connectorStatus === 'Available' });
      expect(status.payload.evseId).to.equal(1);
      expect(csms.callsOf('BootNotification')).to.have.length(1);
    });

    it('ChangeAvailability: Inoperative now (Unavailable), or Scheduled while a transaction runs', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup, { evses: [{ id: 1, connectors: 1 }, { id: 2, connectors: 1 }] });
      await bootAccepted(csms, station, 2);
      const now = await csms.call('ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: 2 } });
      expect(now.kind === 'result' && now.payload.status).to.equal('Accepted');
      const unavailable = await csms.waitCall('StatusNotification');
      expect(unavailable.payload).to.include({ evseId: 2, connectorStatus: 'Unavailable' });
      await station.perform('plugIn', { evseId: 1 });
      await csms.waitCall('TransactionEvent');
      const later = await csms.call('ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: 1 } });
      expect(later.kind === 'result' && later.payload.status).to.equal('Scheduled');
      await station.perform('unplug', { evseId: 1 });
      await csms.waitCall('StatusNotification', { filter: (p) => p.evseId === 1 && p.connectorStatus === 'Unavailable' });
      const unknown = await csms.call('ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: 9 } });
      expect(unknown.kind === 'result' && unknown.payload.status).to.equal('Rejected');
    });
  });

  describe('2.0.1 device model', () => {
    it('GetVariables: Accepted, UnknownComponent, UnknownVariable, NotSupportedAttributeType, Rejected for write-only', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup, { heartbeatInterval: 77 });
      await bootAccepted(csms, station, 1);
      const out = await csms.call('GetVariables', {
        getVariableData: [
          gv({ name: 'OCPPCommCtrlr' }, { name: 'HeartbeatInterval' }),
          gv({ name: 'NoSuchCtrlr' }, { name: 'HeartbeatInterval' }),
          gv({ name: 'OCPPCommCtrlr' }, { name: 'NoSuchVariable' }),
          gv({ name: 'OCPPCommCtrlr' }, { name: 'HeartbeatInterval' }, 'Target'),
          gv({ name: 'SecurityCtrlr' }, { name: 'BasicAuthPassword' }),
          gv({ name: 'Connector', evse: { id: 1, connectorId: 1 } }, { name: 'AvailabilityState' }),
        ],
      });
      expect(out.kind).to.equal('result');
      const results = (out.kind === 'result' ? out.payload.getVariableResult : []) as Payload[];
      expect(results.map((r) => r.attributeStatus)).to.deep.equal(['Accepted', 'UnknownComponent', 'UnknownVariable', 'NotSupportedAttributeType', 'Rejected', 'Accepted']);
      expect(results[0]).to.include({ attributeValue: '300', attributeType: 'Actual' });
      expect(results[1]).to.not.have.property('attributeValue');
      expect(results[5]).to.include({ attributeValue: 'Available' });
    });

    it('SetVariables: stores, rejects read-only and bad values; a new HeartbeatInterval takes effect', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 1);
      const out = await csms.call('SetVariables', {
        setVariableData: [
          { ...gv({ name: 'OCPPCommCtrlr' }, { name: 'HeartbeatInterval' }), attributeValue: '1' },
          { ...gv({ name: 'SecurityCtrlr' }, { name: 'Identity' }), attributeValue: 'X' },
          { ...gv({ name: 'TxCtrlr' }, { name: 'EVConnectionTimeOut' }), attributeValue: 'soon' },
          { ...gv({ name: 'TxCtrlr' }, { name: 'TxStartPoint' }), attributeValue: 'Authorized,Teleport' },
          { ...gv({ name: 'NoSuchCtrlr' }, { name: 'X' }), attributeValue: '1' },
        ],
      });
      const results = (out.kind === 'result' ? out.payload.setVariableResult : []) as Payload[];
      expect(results.map((r) => r.attributeStatus)).to.deep.equal(['Accepted', 'Rejected', 'Rejected', 'Rejected', 'UnknownComponent']);
      const get = await csms.call('GetVariables', { getVariableData: [gv({ name: 'OCPPCommCtrlr' }, { name: 'HeartbeatInterval' })] });
      expect(get.kind === 'result' && (get.payload.getVariableResult as Payload[])[0]?.attributeValue).to.equal('1');
      const h1 = await csms.waitCall('Heartbeat', { timeoutMs: 2_000 });
      const h2 = await csms.waitCall('Heartbeat', { timeoutMs: 2_000 });
      expect(h2.t - h1.t).to.be.within(700, 1_400);
    });

    it('GetBaseReport FullInventory: NotifyReport pages with seqNo from 0 and tbc on all but the last', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 1);
      const out = await csms.call('GetBaseReport', { requestId: 7, reportBase: 'FullInventory' });
      expect(out.kind === 'result' && out.payload.status).to.equal('Accepted');
      const pages: Payload[] = [];
      for (;;) {
        const page = await csms.waitCall('NotifyReport');
        pages.push(page.payload);
        if (!page.payload.tbc) break;
      }
      expect(pages.length).to.be.greaterThan(1);
      expect(pages.map((p) => p.seqNo)).to.deep.equal(pages.map((_p, i) => i));
      expect(pages.every((p) => p.requestId === 7)).to.equal(true);
      const entries = pages.flatMap((p) => p.reportData as Payload[]);
      const password = entries.find((e) => (e.variable as Payload).name === 'BasicAuthPassword');
      expect((password?.variableAttribute as Payload[])[0]).to.not.have.property('value');
      expect(csms.findings).to.deep.equal([]);
      const summary = await csms.call('GetReport', { requestId: 8, componentCriteria: ['Problem'] });
      expect(summary.kind === 'result' && summary.payload.status).to.equal('EmptyResultSet');
    });

    it('TriggerMessage: StatusNotification for a connector, Heartbeat; BootNotification Rejected once accepted', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 1);
      const status = await csms.call('TriggerMessage', { requestedMessage: 'StatusNotification', evse: { id: 1, connectorId: 1 } });
      expect(status.kind === 'result' && status.payload.status).to.equal('Accepted');
      await csms.waitCall('StatusNotification');
      const hb = await csms.call('TriggerMessage', { requestedMessage: 'Heartbeat' });
      expect(hb.kind === 'result' && hb.payload.status).to.equal('Accepted');
      await csms.waitCall('Heartbeat');
      const boot = await csms.call('TriggerMessage', { requestedMessage: 'BootNotification' });
      expect(boot.kind === 'result' && boot.payload.status).to.equal('Rejected');
      const data = await csms.call('DataTransfer', { vendorId: 'com.example' });
      expect(data.kind === 'result' && data.payload.status).to.equal('UnknownVendorId');
    });

    it('local list and cache: SendLocalList / GetLocalListVersion / ClearCache', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 1);
      const full = await csms.call('SendLocalList', {
        versionNumber: 3, updateType: 'Full', localAuthorizationList: [{ idToken: { idToken: 'LOCAL1', type: 'ISO14443' }, idTokenInfo: { status: 'Accepted' } }],
      });
      expect(full.kind === 'result' && full.payload.status).to.equal('Accepted');
      const mismatch = await csms.call('SendLocalList', { versionNumber: 2, updateType: 'Differential' });
      expect(mismatch.kind === 'result' && mismatch.payload.status).to.equal('VersionMismatch');
      const version = await csms.call('GetLocalListVersion', {});
      expect(version.kind === 'result' && version.payload.versionNumber).to.equal(3);
      const clear = await csms.call('ClearCache', {});
      expect(clear.kind === 'result' && clear.payload.status).to.equal('Accepted');
    });
  });

  describe('1.6', () => {
    it('plugIn + presentIdToken: StartTransaction, Charging, MeterValues with the CSMS transactionId, StopTransaction, Finishing', async () => {
      const csms = await csmsFor('1.6');
      const { station } = stationFor(csms, cleanup, { meterValueSampleInterval: 1 });
      await bootAccepted(csms, station, 2);
      await station.perform('plugIn', { connectorId: 1 });
      expect((await csms.waitCall('StatusNotification')).payload).to.include({ connectorId: 1, status: 'Preparing' });
      await station.perform('presentIdToken', { idToken: 'VALID0001' });
      expect((await csms.waitCall('Authorize')).payload).to.deep.equal({ idTag: 'VALID0001' });
      const start = await csms.waitCall('StartTransaction');
      expect(start.payload).to.include({ connectorId: 1, idTag: 'VALID0001' });
      expect(start.payload.meterStart).to.be.a('number');
      expect((await csms.waitCall('StatusNotification')).payload).to.include({ status: 'Charging' });
      const mv = await csms.waitCall('MeterValues', { timeoutMs: 2_500 });
      expect(mv.payload).to.include({ connectorId: 1, transactionId: 100 });
      await station.perform('presentIdToken', { idToken: 'VALID0001' });
      const stop = await csms.waitCall('StopTransaction');
      expect(stop.payload).to.include({ transactionId: 100, reason: 'Local', idTag: 'VALID0001' });
      expect(stop.payload.meterStop as number).to.be.at.least(start.payload.meterStart as number);
      expect((await csms.waitCall('StatusNotification')).payload).to.include({ status: 'Finishing' });
      await station.perform('unplug', {});
      expect((await csms.waitCall('StatusNotification')).payload).to.include({ status: 'Available' });
      expect(csms.findings).to.deep.equal([]);
    });

    it('RemoteStartTransaction / RemoteStopTransaction', async () => {
      const csms = await csmsFor('1.6');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 2);
      await station.perform('plugIn', { connectorId: 1 });
      const confirmed = nextEvent(station, 'transaction', { filter: (e: { event: string }) => e.event === 'confirmed' });
      const remote = await csms.call('RemoteStartTransaction', { idTag: 'VALID0001', connectorId: 1 });
      expect(remote.kind === 'result' && remote.payload.status).to.equal('Accepted');
      const start = await csms.waitCall('StartTransaction');
      expect(start.payload.idTag).to.equal('VALID0001');
      await csms.waitCall('StatusNotification', { filter: (p) => p.status === 'Charging' });
      await confirmed;
      const stop = await csms.call('RemoteStopTransaction', { transactionId: 100 });
      expect(stop.kind === 'result' && stop.payload.status).to.equal('Accepted');
      expect((await csms.waitCall('StopTransaction')).payload).to.include({ transactionId: 100, reason: 'Remote' });
    });

    it('offline: StartTransaction queued, StopTransaction carries the transactionId issued after reconnecting', async () => {
      const csms = await csmsFor('1.6');
      const { station } = stationFor(csms, cleanup, { timings: { callTimeoutMs: 2_000 } });
      await bootAccepted(csms, station, 2);
      expect(await station.configure('AllowOfflineTxForUnknownId', 'true')).to.deep.equal({ status: 'done' });
      await station.outbox.whenIdle(2_000);
      await station.perform('goOffline');
      await station.perform('plugIn', { connectorId: 1 });
      const auth = await station.perform('presentIdToken', { idToken: 'VALID0001' });
      expect(auth).to.deep.equal({ status: 'done', data: { connectorId: 1, authorization: 'Accepted' } });
      await station.perform('unplug', {});
      expect(station.status().queuedMessages).to.equal(2);
      station.perform('goOnline').catch(() => undefined);
      const start = await csms.waitCall('StartTransaction');
      const stop = await csms.waitCall('StopTransaction');
      expect(stop.payload).to.include({ transactionId: 100, reason: 'EVDisconnected' });
      expect(stop.index).to.be.greaterThan(start.index);
    });

    it('GetConfiguration / ChangeConfiguration: unknown, read-only and write-only keys', async () => {
      const csms = await csmsFor('1.6');
      const { station } = stationFor(csms, cleanup, { securityProfile: 1, password: 'a-password-of-20-chr' });
      await bootAccepted(csms, station, 2);
      const all = await csms.call('GetConfiguration', {});
      const keys = (all.kind === 'result' ? all.payload.configurationKey : []) as Payload[];
      expect(keys.map((k) => k.key)).to.include.members(['HeartbeatInterval', 'MeterValueSampleInterval', 'AuthorizeRemoteTxRequests', 'LocalPreAuthorize',
        'LocalAuthorizeOffline', 'StopTransactionOnEVSideDisconnect', 'ConnectionTimeOut', 'NumberOfConnectors']);
      expect(keys.map((k) => k.key)).to.not.include('AuthorizationKey');
      const some = await csms.call('GetConfiguration', { key: ['HeartbeatInterval', 'Nope', 'AuthorizationKey'] });
      expect(some.kind === 'result' && some.payload.unknownKey).to.deep.equal(['Nope', 'AuthorizationKey']);
      const change = async (key: string, value: string) => {
        const o = await csms.call('ChangeConfiguration', { key, value });
        return o.kind === 'result' ? o.payload.status : o.kind;
      };
      expect(await change('MeterValueSampleInterval', '5')).to.equal('Accepted');
      expect(await change('NumberOfConnectors', '4')).to.equal('Rejected');
      expect(await change('Nope', '1')).to.equal('NotSupported');
      expect(await change('HeartbeatInterval', 'soon')).to.equal('Rejected');
      expect(await change('MeterValuesSampledData', 'Energy.Active.Import.Register,Teleport')).to.equal('Rejected');
      const back = await csms.call('GetConfiguration', { key: ['MeterValueSampleInterval'] });
      expect(back.kind === 'result' && (back.payload.configurationKey as Payload[])[0]).to.deep.include({ value: '5', readonly: false });
    });

    it('TriggerMessage StatusNotification without connectorId reports every connector and the charge point', async () => {
      const csms = await csmsFor('1.6');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 2);
      const trig = await csms.call('TriggerMessage', { requestedMessage: 'StatusNotification' });
      expect(trig.kind === 'result' && trig.payload.status).to.equal('Accepted');
      const a = await csms.waitCall('StatusNotification');
      const b = await csms.waitCall('StatusNotification');
      expect([a.payload.connectorId, b.payload.connectorId].sort()).to.deep.equal([0, 1]);
    });
  });

  describe('control endpoint', () => {
    it('POST /operator performs an action (200), refuses what it cannot (409/422); GET /status', async () => {
      const csms = await csmsFor('2.0.1');
      const { station } = stationFor(csms, cleanup);
      await bootAccepted(csms, station, 1);
      const control = cleanup.add(await startControlServer({ perform: (r) => station.perform(r.action, r.params), status: () => station.status() }), (c) => c.close());
      const post = (body: unknown) => fetch(`${control.url}/operator`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const ok = await post({ action: 'plugIn', params: { evseId: 1 }, caseId: 'TC_X' });
      expect(ok.status).to.equal(200);
      expect(await ok.json()).to.deep.include({ status: 'done' });
      expect((await post({ action: 'plugIn', params: { evseId: 1 } })).status).to.equal(409);
      expect((await post({ action: 'fly', params: {} })).status).to.equal(422);
      expect((await post('not an object')).status).to.equal(400);
      const status = await (await fetch(`${control.url}/status`)).json() as { registration: string; evses: Array<{ plugged: boolean }> };
      expect(status.registration).to.equal('Accepted');
      expect(status.evses[0]?.plugged).to.equal(true);
    });
  });
});

/**
 * The harness as a charging station (CSMS under test) answers from its device model (Part 6 §3.1):
 * GetVariables reads it, SetVariables writes it, GetBaseReport is followed by its NotifyReport
 * messages (B07.FR.03), so a CSMS that waits for the inventory before it accepts a station gets it.
 */
import { expect } from 'chai';
import { StationLink } from '../../src/ocpp/link.js';
import { StationSidePeer } from '../../src/ocpp/peer-station-side.js';
import { CaseRecorder } from '../../src/ocpp/recorder.js';
import { defaultIcs } from '../../src/config/default-ics.js';
import type { Payload } from '../../src/rpc/codec.js';
import type { RpcConnection } from '../../src/rpc/connection.js';
import { Cleanup } from '../helpers/wait.js';
import { startServer } from '../helpers/harness.js';

describe('ocpp: the harness station answers from its device model (CSMS under test)', function () {
  this.timeout(10_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  async function connected(): Promise<RpcConnection> {
    const server = await startServer(cleanup);
    const link = cleanup.add(new StationLink({ url: server.url, stationId: 'CS001', versions: ['2.0.1'], securityProfile: 0 }), (l) => l.close());
    const peer = new StationSidePeer(link, { ics: defaultIcs('2.0.1', 'CSMS'), holdMs: 50 });
    peer.beginCase(new CaseRecorder());
    const accepted = server.nextConnection('CS001');
    await link.connect();
    return (await accepted).rpc;
  }

  const ref = (component: string, variable: string) => ({ component: { name: component }, variable: { name: variable } });

  it('GetVariables reads the values Part 6 §3.1 gives the test tool; SetVariables writes them, ReadOnly ones are Rejected', async () => {
    const rpc = await connected();
    const get = async (component: string, variable: string) => {
      const res = await rpc.call('GetVariables', { getVariableData: [ref(component, variable)] });
      return res.kind === 'result' ? (res.payload.getVariableResult as Payload[])[0] : undefined;
    };
    expect(await get('TxCtrlr', 'TxStartPoint')).to.include({ attributeStatus: 'Accepted', attributeValue: 'EVConnected,Authorized' });
    expect(await get('OCPPCommCtrlr', 'HeartbeatInterval')).to.include({ attributeStatus: 'Accepted', attributeValue: '300' });
    expect(await get('TxCtrlr', 'NoSuchVariable')).to.include({ attributeStatus: 'UnknownVariable' });
    expect(await get('NoSuchCtrlr', 'Enabled')).to.include({ attributeStatus: 'UnknownComponent' });
    const set = await rpc.call('SetVariables', { setVariableData: [
      { ...ref('TxCtrlr', 'EVConnectionTimeOut'), attributeValue: '30' },
      { ...ref('SecurityCtrlr', 'Identity'), attributeValue: 'other' },
    ] });
    expect(set.kind).to.equal('result');
    const results = set.kind === 'result' ? (set.payload.setVariableResult as Payload[]) : [];
    expect(results.map((r) => r.attributeStatus)).to.deep.equal(['Accepted', 'Rejected']);
    expect(await get('TxCtrlr', 'EVConnectionTimeOut')).to.include({ attributeValue: '30' });
    expect(await get('SecurityCtrlr', 'Identity')).to.include({ attributeValue: 'CS001' });
  });

  it('GetBaseReport is Accepted and followed by NotifyReport with its requestId, seqNo from 0, tbc until the last', async () => {
    const rpc = await connected();
    const reports: Payload[] = [];
    const done = new Promise<void>((resolve) => {
      rpc.on('call', (call: { messageId: string; action: string; payload: Payload }) => {
        if (call.action !== 'NotifyReport') return;
        reports.push(call.payload);
        rpc.respond(call.messageId, {});
        if (!call.payload.tbc) resolve();
      });
    });
    const res = await rpc.call('GetBaseReport', { requestId: 42, reportBase: 'FullInventory' });
    expect(res.kind === 'result' && res.payload.status).to.equal('Accepted');
    await done;
    expect(reports.length).to.be.greaterThan(1);
    expect(reports.map((r) => r.seqNo)).to.deep.equal(reports.map((_, i) => i));
    expect(reports.every((r) => r.requestId === 42)).to.equal(true);
    expect(reports.slice(0, -1).every((r) => r.tbc === true)).to.equal(true);
    const names = reports.flatMap((r) => (r.reportData as Payload[]).map((d) => `${(d.component as Payload).name}.${(d.variable as Payload).name}`));
    expect(names).to.include.members(['TxCtrlr.TxStartPoint', 'AuthCtrlr.Enabled', 'OCPPCommCtrlr.HeartbeatInterval']);
  });
});

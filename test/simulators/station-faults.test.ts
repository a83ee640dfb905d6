/**
 * Each station fault, switched on alone, visibly breaks its one requirement. The TLS faults are
 * in station-tls.test.ts. The last test checks that every station fault has a test somewhere.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { expect } from 'chai';
import type { Payload } from '../../src/rpc/codec.js';
import { faultsFor, faultProblems, validateFaultNames } from '../../src/simulators/faults.js';
import { isHarnessError } from '../../src/errors.js';
import { Cleanup } from '../helpers/wait.js';
import { MiniCsms, bootAccepted, stationFor } from './station-fixture.test.js';
import type { StationOptions, StationVersion } from '../../src/simulators/station/types.js';

const gv = (component: Payload, variable: Payload): Payload => ({ component, variable });
const statusOf = (o: { kind: string; payload?: Payload }) => (o.kind === 'result' ? o.payload?.status : o.kind);

describe('reference station faults', function () {
  this.timeout(8_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  async function setup(version: StationVersion, faults: string[], options: Partial<StationOptions> = {}, csmsSetup?: (c: MiniCsms) => void) {
    const csms = cleanup.add(await MiniCsms.start(version), (c) => c.close());
    csmsSetup?.(csms);
    const { station } = stationFor(csms, cleanup, { faults, ...options });
    return { csms, station };
  }

  it('fault names are validated per role and version', () => {
    expect(faultProblems(['seqno-gap'], 'station', '1.6')).to.have.length(1);
    expect(faultProblems(['no-such-fault'], 'station', '2.0.1')[0]).to.match(/unknown station fault/);
    expect(() => validateFaultNames(['seqno-gap'], 'station', '2.0.1')).to.not.throw();
    try {
      validateFaultNames(['nope'], 'station', '2.0.1');
      expect.fail('should throw');
    } catch (err) {
      expect(isHarnessError(err, 'OCPPH_ERR_CONFIG')).to.equal(true);
    }
  });

  it('boot-wrong-reason: cold boot reason is not PowerUp', async () => {
    const { csms, station } = await setup('2.0.1', ['boot-wrong-reason']);
    await station.start();
    expect((await csms.waitCall('BootNotification')).payload.reason).to.equal('ApplicationReset');
  });

  it('no-status-after-boot: no StatusNotification after Accepted', async () => {
    const { csms, station } = await setup('2.0.1', ['no-status-after-boot']);
    await station.start();
    await csms.waitCall('BootNotification');
    await csms.expectNone('StatusNotification', 400);
  });

  it('ignore-heartbeat-interval: keeps its own interval', async () => {
    const { csms, station } = await setup('2.0.1', ['ignore-heartbeat-interval'], {}, (c) => { c.interval = 1; });
    await bootAccepted(csms, station, 1);
    await csms.expectNone('Heartbeat', 1_500);
    const get = await csms.call('GetVariables', { getVariableData: [gv({ name: 'OCPPCommCtrlr' }, { name: 'HeartbeatInterval' })] });
    expect(get.kind === 'result' && (get.payload.getVariableResult as Payload[])[0]?.attributeValue).to.equal('300');
  });

  it('no-heartbeat: never sends Heartbeat', async () => {
    const { csms, station } = await setup('1.6', ['no-heartbeat'], {}, (c) => { c.interval = 1; });
    await bootAccepted(csms, station, 2);
    await csms.expectNone('Heartbeat', 1_500);
  });

  it('status-wrong-connector-status: an idle connector is reported Occupied', async () => {
    const { csms, station } = await setup('2.0.1', ['status-wrong-connector-status']);
    await station.start();
    expect((await csms.waitCall('StatusNotification')).payload.connectorStatus).to.equal('Occupied');
  });

  it('schema-invalid-payload: StatusNotification status outside the enumeration', async () => {
    const { csms, station } = await setup('1.6', ['schema-invalid-payload']);
    await bootAccepted(csms, station, 2);
    expect(csms.findings.map((f) => `${f.code} ${f.action ?? ''}`)).to.include('SCHEMA_VIOLATION StatusNotification');
  });

  it('second-call-while-pending: a second CALL while the first is unanswered', async () => {
    const { csms, station } = await setup('2.0.1', ['second-call-while-pending'], { evses: [{ id: 1, connectors: 1 }, { id: 2, connectors: 1 }] }, (c) => {
      c.respond('StatusNotification', (_p, call) => (call.index === 1 ? 'hold' : {}));
    });
    await station.start();
    await csms.waitCall('StatusNotification');
    await csms.waitCall('StatusNotification');
    expect(csms.findings.map((f) => f.code)).to.include('CALL_WHILE_PENDING');
  });

  it('second-call-while-pending: without the fault the station waits for each answer', async () => {
    const { csms, station } = await setup('2.0.1', [], { evses: [{ id: 1, connectors: 1 }, { id: 2, connectors: 1 }] }, (c) => {
      c.respond('StatusNotification', (_p, call) => (call.index === 1 ? 'hold' : {}));
    });
    await station.start();
    await csms.waitCall('StatusNotification');
    await csms.expectNone('StatusNotification', 300);
    expect(csms.findings).to.deep.equal([]);
  });

  it('hostile-strings: identity fields carry markup, still schema-valid', async () => {
    const { csms, station } = await setup('1.6', ['hostile-strings']);
    await bootAccepted(csms, station, 2);
    const boot = csms.callsOf('BootNotification')[0]?.payload as Payload;
    expect(String(boot.chargePointVendor)).to.contain('<svg');
    expect(String(boot.firmwareVersion)).to.contain('<script>');
    expect(String(csms.callsOf('StatusNotification')[0]?.payload.info)).to.contain('<script>');
    expect(csms.findings).to.deep.equal([]);
  });

  it('boot-while-rejected: sends Heartbeat and StatusNotification while Rejected', async () => {
    const { csms, station } = await setup('2.0.1', ['boot-while-rejected'], {}, (c) => { c.bootStatus = 'Rejected'; });
    await station.start();
    await csms.waitCall('BootNotification');
    await csms.waitCall('Heartbeat');
    await csms.waitCall('StatusNotification');
  });

  it('ignores-pending: sends StatusNotifications while Pending', async () => {
    const { csms, station } = await setup('1.6', ['ignores-pending'], {}, (c) => { c.bootStatus = 'Pending'; });
    await station.start();
    await csms.waitCall('BootNotification');
    await csms.waitCall('StatusNotification');
    expect(station.registration).to.equal('Pending');
  });

  it('no-callerror-while-rejected: answers a CSMS CALL normally while Rejected', async () => {
    const { csms, station } = await setup('2.0.1', ['no-callerror-while-rejected'], {}, (c) => { c.bootStatus = 'Rejected'; });
    await station.start();
    await csms.waitCall('BootNotification');
    const out = await csms.call('GetVariables', { getVariableData: [gv({ name: 'OCPPCommCtrlr' }, { name: 'HeartbeatInterval' })] }, 1_000);
    expect(out.kind).to.equal('result');
  });

  it('reset-not-performed: Accepted, but no reboot', async () => {
    const { csms, station } = await setup('1.6', ['reset-not-performed']);
    await bootAccepted(csms, station, 2);
    expect(statusOf(await csms.call('Reset', { type: 'Hard' }))).to.equal('Accepted');
    await csms.expectNone('BootNotification', 800);
    expect(csms.connections).to.have.length(1);
  });

  it('getvariables-wrong-status: Accepted for an unknown component and a write-only variable', async () => {
    const { csms, station } = await setup('2.0.1', ['getvariables-wrong-status']);
    await bootAccepted(csms, station, 1);
    const out = await csms.call('GetVariables', { getVariableData: [gv({ name: 'NoSuchCtrlr' }, { name: 'X' }), gv({ name: 'SecurityCtrlr' }, { name: 'BasicAuthPassword' })] });
    const results = (out.kind === 'result' ? out.payload.getVariableResult : []) as Payload[];
    expect(results.map((r) => r.attributeStatus)).to.deep.equal(['Accepted', 'Accepted']);
  });

  it('setvariables-ignored: Accepted, value unchanged', async () => {
    const { csms, station } = await setup('2.0.1', ['setvariables-ignored']);
    await bootAccepted(csms, station, 1);
    const set = await csms.call('SetVariables', { setVariableData: [{ ...gv({ name: 'TxCtrlr' }, { name: 'EVConnectionTimeOut' }), attributeValue: '33' }] });
    expect(set.kind === 'result' && (set.payload.setVariableResult as Payload[])[0]?.attributeStatus).to.equal('Accepted');
    const get = await csms.call('GetVariables', { getVariableData: [gv({ name: 'TxCtrlr' }, { name: 'EVConnectionTimeOut' })] });
    expect(get.kind === 'result' && (get.payload.getVariableResult as Payload[])[0]?.attributeValue).to.equal('60');
  });

  it('changeconfiguration-ignored: Accepted, value unchanged', async () => {
    const { csms, station } = await setup('1.6', ['changeconfiguration-ignored']);
    await bootAccepted(csms, station, 2);
    expect(statusOf(await csms.call('ChangeConfiguration', { key: 'ConnectionTimeOut', value: '33' }))).to.equal('Accepted');
    const get = await csms.call('GetConfiguration', { key: ['ConnectionTimeOut'] });
    expect(get.kind === 'result' && (get.payload.configurationKey as Payload[])[0]?.value).to.equal('60');
  });

  it('unknown-key-accepted: ChangeConfiguration of an unknown key is Accepted', async () => {
    const { csms, station } = await setup('1.6', ['unknown-key-accepted']);
    await bootAccepted(csms, station, 2);
    expect(statusOf(await csms.call('ChangeConfiguration', { key: 'NoSuchKey', value: '1' }))).to.equal('Accepted');
  });

  it('password-readable: GetVariables discloses BasicAuthPassword', async () => {
    const { csms, station } = await setup('2.0.1', ['password-readable'], { securityProfile: 1, password: 'secret-password-0001' });
    await bootAccepted(csms, station, 1);
    const out = await csms.call('GetVariables', { getVariableData: [gv({ name: 'SecurityCtrlr' }, { name: 'BasicAuthPassword' })] });
    expect(out.kind === 'result' && (out.payload.getVariableResult as Payload[])[0]).to.include({ attributeStatus: 'Accepted', attributeValue: 'secret-password-0001' });
  });

  it('trigger-not-sent: TriggerMessage Accepted, nothing sent', async () => {
    const { csms, station } = await setup('2.0.1', ['trigger-not-sent']);
    await bootAccepted(csms, station, 1);
    expect(statusOf(await csms.call('TriggerMessage', { requestedMessage: 'Heartbeat' }))).to.equal('Accepted');
    await csms.expectNone('Heartbeat', 500);
  });

  it('seqno-gap: seqNo skips a number', async () => {
    const { csms, station } = await setup('2.0.1', ['seqno-gap']);
    await bootAccepted(csms, station, 1);
    await station.perform('plugIn', { evseId: 1 });
    await station.perform('presentIdToken', { idToken: 'VALID0001' });
    for (let i = 0; i < 3; i++) await csms.waitCall('TransactionEvent');
    expect(csms.callsOf('TransactionEvent').map((c) => c.payload.seqNo)).to.deep.equal([0, 1, 3]);
  });

  it('wrong-trigger-reason: plug-in reported as Authorized', async () => {
    const { csms, station } = await setup('2.0.1', ['wrong-trigger-reason']);
    await bootAccepted(csms, station, 1);
    await station.perform('plugIn', { evseId: 1 });
    expect((await csms.waitCall('TransactionEvent')).payload).to.include({ eventType: 'Started', triggerReason: 'Authorized' });
  });

  it('tx-no-meter-values: no meterValue in Started, no periodic samples', async () => {
    const { csms, station } = await setup('2.0.1', ['tx-no-meter-values'], { meterValueSampleInterval: 1 });
    await bootAccepted(csms, station, 1);
    await station.perform('plugIn', { evseId: 1 });
    const started = await csms.waitCall('TransactionEvent');
    expect(started.payload).to.not.have.property('meterValue');
    await csms.expectNone('TransactionEvent', 1_400, (p) => p.triggerReason === 'MeterValuePeriodic');
  });

  it('remote-start-rejected: RemoteStartTransaction Rejected on an available connector', async () => {
    const { csms, station } = await setup('1.6', ['remote-start-rejected']);
    await bootAccepted(csms, station, 2);
    expect(statusOf(await csms.call('RemoteStartTransaction', { idTag: 'VALID0001', connectorId: 1 }))).to.equal('Rejected');
  });

  it('offline-tx-dropped: the Ended event of an offline unplug never arrives', async () => {
    const { csms, station } = await setup('2.0.1', ['offline-tx-dropped']);
    await bootAccepted(csms, station, 1);
    await station.perform('plugIn', { evseId: 1 });
    await csms.waitCall('TransactionEvent');
    await station.outbox.whenIdle(2_000);
    await station.perform('goOffline');
    await station.perform('unplug', { evseId: 1 });
    expect(station.status().queuedMessages).to.equal(0);
    station.perform('goOnline').catch(() => undefined);
    await csms.waitCall('StatusNotification', { filter: (p) => p.connectorStatus === 'Available' });
    await csms.expectNone('TransactionEvent', 300);
  });

  it('every station fault is exercised by a test here or caught by a conformance case (proved by the conformance matrix)', async () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const source = ['station-faults.test.ts', 'station-tls.test.ts']
      .map((f) => readFileSync(path.join(dir, '../../../test/simulators', f), 'utf8')).join('\n');
    const { loadCatalogue } = await import('../../src/engine/catalogue.js');
    const caught = new Set((await loadCatalogue()).cases.filter((c) => c.sut === 'CS').flatMap((c) => c.catches));
    const missing = faultsFor('station').filter((f) => !source.includes(`it('${f.name}:`) && !caught.has(f.name));
    expect(missing.map((f) => f.name)).to.deep.equal([]);
  });
});

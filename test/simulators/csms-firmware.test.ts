import { expect } from 'chai';
import type { IncomingCall, RpcConnection } from '../../src/rpc/connection.js';
import type { Payload } from '../../src/rpc/codec.js';
import { connectClient } from '../../src/transport/client.js';
import { ReferenceCsms } from '../../src/simulators/csms/csms.js';
import type { CsmsFaultName } from '../../src/simulators/csms/blocks/index.js';
import { csmsBehaviour } from '../../src/simulators/personalities.js';
import { Cleanup, nextEvent } from '../helpers/wait.js';

const boot201 = { reason: 'PowerUp', chargingStation: { vendorName: 'Harness', model: 'Loopback' } };
const HINT = { firmware: { location: 'https://files.example/fw.bin', signingCertificate: 'PEM', signature: 'c2ln', installDateTime: '2099-01-01T00:00:00.000Z' } };

/** The reference CSMS's L block: the UpdateFirmware default, the operator's hint, the faults and the firmware-retries personality. */
describe('reference CSMS: L Firmware management', function () {
  this.timeout(15_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  async function connected(options: { personality?: string; faults?: CsmsFaultName[] } = {}): Promise<{ csms: ReferenceCsms; rpc: RpcConnection }> {
    const csms = new ReferenceCsms({
      versions: ['2.0.1'], callTimeoutMs: 3_000, faults: options.faults ?? [], behaviour: csmsBehaviour(options.personality ?? 'default', { reference: true, version: '2.0.1' }),
    });
    cleanup.add(csms, (c) => c.stop());
    await csms.start();
    const { rpc } = await connectClient({ url: csms.url, stationId: 'CS-L', versions: ['2.0.1'], securityProfile: 0, callTimeoutMs: 3_000 });
    cleanup.add(rpc, (r) => r.close());
    const booted = await rpc.call('BootNotification', boot201);
    expect(booted.kind).to.equal('result');
    return { csms, rpc };
  }

  async function updateFirmware(csms: ReferenceCsms, rpc: RpcConnection, hint: Payload = HINT): Promise<IncomingCall> {
    const incoming = nextEvent<IncomingCall>(rpc, 'call', { timeoutMs: 5_000 });
    const done = csms.perform('csmsSend', { action: 'UpdateFirmware', stationId: 'CS-L', hint });
    const call = await incoming;
    rpc.respond(call.messageId, { status: 'Accepted' });
    expect((await done).status).to.equal('done');
    return call;
  }

  it('sends the hint\'s firmware on a download-now default, with a fresh requestId; retries only on the firmware-retries personality', async () => {
    for (const name of ['default', 'firmware-retries']) {
      const { csms, rpc } = await connected({ personality: name });
      const call = await updateFirmware(csms, rpc);
      const firmware = call.payload.firmware as Payload;
      expect(firmware, name).to.deep.include(HINT.firmware);
      expect(Math.abs(Date.parse(String(firmware.retrieveDateTime)) - Date.now()), name).to.be.below(5_000);
      expect(call.payload.requestId, name).to.be.a('number');
      if (name === 'default') expect(call.payload, name).not.to.have.any.keys('retries', 'retryInterval');
      else expect(call.payload, name).to.deep.include({ retries: 3, retryInterval: 30 });
    }
  });

  it('each fault breaks its field of UpdateFirmwareRequest after the hint', async () => {
    const cases: Array<[CsmsFaultName, (f: Payload) => boolean]> = [
      ['firmware-signing-certificate-dropped', (f) => !('signingCertificate' in f) && f.signature === 'c2ln'],
      ['firmware-signature-dropped', (f) => !('signature' in f) && f.signingCertificate === 'PEM'],
      ['firmware-install-time-past', (f) => Date.parse(String(f.installDateTime)) < Date.now()],
      ['firmware-retrieve-time-past', (f) => Date.parse(String(f.retrieveDateTime)) < Date.now() - 30_000],
      ['firmware-retrieve-time-missing', (f) => !('retrieveDateTime' in f)],
    ];
    for (const [fault, broken] of cases) {
      const { csms, rpc } = await connected({ faults: [fault] });
      const call = await updateFirmware(csms, rpc, { firmware: { ...HINT.firmware, retrieveDateTime: '2099-01-01T00:00:00.000Z' } });
      expect(broken(call.payload.firmware as Payload), fault).to.equal(true);
    }
  });

  it('answers FirmwareStatusNotification and PublishFirmwareStatusNotification; firmware-status-unhandled: CALLERROR', async () => {
    const { rpc } = await connected();
    expect(await rpc.call('FirmwareStatusNotification', { status: 'Downloading', requestId: 1 })).to.deep.include({ kind: 'result', payload: {} });
    expect(await rpc.call('PublishFirmwareStatusNotification', { status: 'Published', location: ['http://lc/fw.bin'], requestId: 1 })).to.deep.include({ kind: 'result', payload: {} });
    const faulty = await connected({ faults: ['firmware-status-unhandled'] });
    expect((await faulty.rpc.call('FirmwareStatusNotification', { status: 'Downloading', requestId: 1 })).kind).to.equal('error');
  });
});

import { expect } from 'chai';
import type { CallOutcome, IncomingCall, RpcConnection } from '../../src/rpc/connection.js';
import type { Payload } from '../../src/rpc/codec.js';
import type { OcppVersion } from '../../src/rpc/versions.js';
import { connectClient } from '../../src/transport/client.js';
import { ReferenceCsms } from '../../src/simulators/csms/csms.js';
import { csmsBehaviour } from '../../src/simulators/personalities.js';
import { csmsOptionsFromFlags } from '../../src/cli/commands/sim-csms.js';
import { Cleanup, nextEvent } from '../helpers/wait.js';

const boot201 = { reason: 'PowerUp', chargingStation: { vendorName: 'Harness', model: 'Loopback' } };
const boot16 = { chargePointVendor: 'Harness', chargePointModel: 'Loopback' };
const TOKENS = [{ idToken: 'TOKEN-OK', type: 'ISO14443', status: 'Accepted' }];

function result(o: CallOutcome): Payload {
  if (o.kind !== 'result') throw new Error(`expected a CALLRESULT, got ${o.kind}`);
  expect(o.findings, 'schema findings on the answer').to.deep.equal([]);
  return o.payload;
}

describe('reference CSMS personalities', function () {
  this.timeout(15_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  async function connected(version: OcppVersion, personality: string, heartbeatInterval = 300): Promise<{ csms: ReferenceCsms; rpc: RpcConnection }> {
    const csms = new ReferenceCsms({
      versions: [version], idTokens: TOKENS, callTimeoutMs: 3_000, heartbeatInterval, behaviour: csmsBehaviour(personality, { reference: true, version }),
    });
    cleanup.add(csms, (c) => c.stop());
    await csms.start();
    const { rpc } = await connectClient({ url: csms.url, stationId: 'CS-P', versions: [version], securityProfile: 0, callTimeoutMs: 3_000 });
    cleanup.add(rpc, (r) => r.close());
    return { csms, rpc };
  }

  const boot = async (rpc: RpcConnection, version: OcppVersion) => result(await rpc.call('BootNotification', version === '1.6' ? boot16 : boot201));

  for (const version of ['1.6', '2.0.1'] as const) {
    describe(`OCPP ${version}`, () => {
      it('short-heartbeat: BootNotificationResponse asks for 30 s whatever was configured (the default keeps the configured one)', async () => {
        for (const [name, interval] of [['default', 300], ['short-heartbeat', 30]] as const) {
          const { rpc } = await connected(version, name, 300);
          expect((await boot(rpc, version)).interval, name).to.equal(interval);
        }
      });

      it('optional-fields: answers carry schema-valid optional fields the default leaves out', async () => {
        for (const name of ['default', 'optional-fields']) {
          const { rpc } = await connected(version, name);
          const booted = await boot(rpc, version);
          const authorize = result(await rpc.call('Authorize', version === '1.6' ? { idTag: 'TOKEN-OK' } : { idToken: { idToken: 'TOKEN-OK', type: 'ISO14443' } }));
          const info = (version === '1.6' ? authorize.idTagInfo : authorize.idTokenInfo) as Payload;
          expect(info.status, name).to.equal('Accepted');
          const extras = version === '1.6' ? ['expiryDate'] : ['cacheExpiryDateTime', 'language1', 'personalMessage'];
          if (name === 'default') {
            for (const f of extras) expect(info, `${name} ${f}`).not.to.have.property(f);
            expect(booted, name).not.to.have.property('statusInfo');
            continue;
          }
          for (const f of extras) expect(info, `${name} ${f}`).to.have.property(f);
          const expiry = Date.parse(String(info.expiryDate ?? info.cacheExpiryDateTime));
          expect(expiry).to.be.greaterThan(Date.now());
          if (version === '2.0.1') expect(booted.statusInfo).to.deep.include({ reasonCode: 'NoError' });
        }
      });

      it('slow-answers: each answer comes after the delay, not at once', async () => {
        for (const name of ['default', 'slow-answers']) {
          const { rpc } = await connected(version, name);
          await boot(rpc, version);
          const t0 = Date.now();
          result(await rpc.call('Heartbeat', {}));
          const took = Date.now() - t0;
          const delay = csmsBehaviour(name, { reference: true }).answerDelayMs;
          if (name === 'default') expect(took, name).to.be.below(300);
          else expect(took, name).to.be.at.least(delay - 20);
        }
      });

      it('deliberate: a message the operator asks for leaves after the delay', async () => {
        for (const name of ['default', 'deliberate']) {
          const { csms, rpc } = await connected(version, name);
          await boot(rpc, version);
          const incoming = nextEvent<IncomingCall>(rpc, 'call', { timeoutMs: 5_000 });
          const t0 = Date.now();
          const done = csms.perform('csmsSend', { action: version === '1.6' ? 'GetConfiguration' : 'GetBaseReport', stationId: 'CS-P' });
          const call = await incoming;
          const took = Date.now() - t0;
          rpc.respond(call.messageId, version === '1.6' ? { configurationKey: [] } : { status: 'Accepted' });
          expect((await done).status).to.equal('done');
          const delay = csmsBehaviour(name, { reference: true }).requestDelayMs;
          if (name === 'default') expect(took, name).to.be.below(500);
          else expect(took, name).to.be.at.least(delay - 20);
        }
      });
    });
  }

  it('ev-needs-processing: a renegotiation\'s NotifyEVChargingNeeds is answered Processing and the TxProfile follows after the delay (the first needs, and the default: Accepted, at once)', async () => {
    const needs = { evseId: 1, chargingNeeds: { requestedEnergyTransfer: 'AC_three_phase', acChargingParameters: { energyAmount: 20_000, evMinCurrent: 6, evMaxCurrent: 32, evMaxVoltage: 400 } } };
    for (const name of ['default', 'ev-needs-processing']) {
      const { rpc } = await connected('2.0.1', name);
      await boot(rpc, '2.0.1');
      const seen: Array<[unknown, boolean]> = [];
      for (const round of [1, 2]) {
        const incoming = nextEvent<IncomingCall>(rpc, 'call', { timeoutMs: 5_000 });
        const t0 = Date.now();
        const answer = result(await rpc.call('NotifyEVChargingNeeds', needs));
        const call = await incoming;
        const took = Date.now() - t0;
        rpc.respond(call.messageId, { status: 'Accepted' });
        expect([call.action, (call.payload.chargingProfile as Payload).chargingProfilePurpose], `${name} round ${round}`).to.deep.equal(['SetChargingProfile', 'TxProfile']);
        const delay = csmsBehaviour(name, { reference: true, version: '2.0.1' }).evNeedsProcessingMs ?? 0;
        seen.push([answer.status, delay > 0 && round === 2 ? took >= delay - 20 : took < 500]);
      }
      expect(seen, name).to.deep.equal(name === 'default' ? [['Accepted', true], ['Accepted', true]] : [['Accepted', true], ['Processing', true]]);
    }
  });

  it('sim csms --personality sets the behaviour; an unknown name is refused', () => {
    const flags = { port: 0, host: '127.0.0.1', ocpp: '2.0.1' as const, securityProfile: 0 as const, logLevel: 'info' as const };
    expect(csmsOptionsFromFlags({ ...flags, personality: 'slow-answers' }, () => undefined).behaviour).to.deep.include({ answerDelayMs: 1_500 });
    expect(() => csmsOptionsFromFlags({ ...flags, personality: 'nope' }, () => undefined)).to.throw(/unknown csms personality 'nope'/);
  });
});

import { expect } from 'chai';
import type { Payload } from '../../src/rpc/codec.js';
import { stationBehaviour, personalitiesFor, formatPersonalityList, validatePersonality } from '../../src/simulators/personalities.js';
import { isHarnessError } from '../../src/errors.js';
import { Cleanup } from '../helpers/wait.js';
import { MiniCsms, bootAccepted, stationFor } from './station-fixture.test.js';
import { runSimStation } from '../../src/cli/commands/sim-station.js';

const preAuthorizeQuery = (version: '1.6' | '2.0.1'): [string, Payload] => (version === '2.0.1'
  ? ['GetVariables', { getVariableData: [{ component: { name: 'AuthCtrlr' }, variable: { name: 'LocalPreAuthorize' } }] }]
  : ['GetConfiguration', { key: ['LocalPreAuthorize'] }]);

function preAuthorizeValue(version: '1.6' | '2.0.1', payload: Payload): unknown {
  if (version === '2.0.1') return (payload.getVariableResult as Payload[])[0]?.attributeValue;
  return (payload.configurationKey as Payload[])[0]?.value;
}

describe('reference station personalities', function () {
  this.timeout(15_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  const csmsFor = async (version: '1.6' | '2.0.1') => cleanup.add(await MiniCsms.start(version), (c) => c.close());

  describe('the list', () => {
    it('has at least four personalities besides the default for each role, each with a citation and one line', () => {
      for (const role of ['station', 'csms'] as const) {
        const others = personalitiesFor(role).filter((p) => p.name !== 'default');
        expect(others.length, role).to.be.at.least(4);
        for (const p of others) {
          expect(p.allowedBy, p.name).to.match(/\d|Part|OCPP/);
          expect(p.summary, p.name).not.to.include('\n');
        }
      }
      expect(formatPersonalityList('station').split('\n')[0]).to.match(/^default\s+station/);
    });

    it('refuses an unknown personality or one of another version, naming the known ones', () => {
      const codeOf = (f: () => void) => {
        try {
          f();
        } catch (err) {
          return isHarnessError(err) ? `${err.code}: ${err.message}` : String(err);
        }
        return 'no error';
      };
      expect(codeOf(() => validatePersonality('station', 'grumpy'))).to.match(/^OCPPH_ERR_SIMULATOR: .*known: default, continuous-seqno/);
      expect(codeOf(() => validatePersonality('station', 'continuous-seqno', '1.6'))).to.match(/^OCPPH_ERR_SIMULATOR: .*not 1\.6/);
    });

    it('sim station --personality starts the station with that behaviour; an unknown name is refused', async () => {
      const csms = await csmsFor('2.0.1');
      const handle = cleanup.add(await runSimStation({ url: csms.url, personality: 'slow-reboot' }, () => undefined), (h) => h.stop());
      expect(handle.station.options.behaviour).to.deep.include({ rebootMs: 20_000, seqNo: 'per-transaction' });
      let refused = '';
      await runSimStation({ url: csms.url, ocpp: '1.6', personality: 'status-and-event' }, () => undefined).catch((err: Error) => { refused = err.message; });
      expect(refused).to.match(/status-and-event' exists for OCPP 2\.0\.1, not 1\.6/);
    });

    it('reference runs shorten durations without changing the choice', () => {
      expect(stationBehaviour('slow-reboot').rebootMs).to.equal(20_000);
      expect(stationBehaviour('slow-reboot', { reference: true }).rebootMs).to.be.within(1, 19_999);
      expect(stationBehaviour('default', { reference: true }).rebootMs).to.equal(0);
    });
  });

  describe('continuous-seqno (2.0.1)', () => {
    for (const name of ['default', 'continuous-seqno']) {
      it(`${name}: the second transaction's first seqNo is ${name === 'default' ? '0' : 'the EVSE counter going on'}`, async () => {
        const csms = await csmsFor('2.0.1');
        const { station } = stationFor(csms, cleanup, { behaviour: stationBehaviour(name) });
        await bootAccepted(csms, station, 1);
        await station.perform('plugIn', { evseId: 1 });
        await csms.waitCall('TransactionEvent', { filter: (p) => p.eventType === 'Started' });
        await station.perform('unplug', { evseId: 1 });
        const ended = await csms.waitCall('TransactionEvent', { filter: (p) => p.eventType === 'Ended' });
        await station.perform('plugIn', { evseId: 1 });
        const second = await csms.waitCall('TransactionEvent', { filter: (p) => p.eventType === 'Started' });
        expect(second.payload.seqNo).to.equal(name === 'default' ? 0 : Number(ended.payload.seqNo) + 1);
        expect(csms.findings).to.deep.equal([]);
      });
    }
  });

  describe('pre-authorize', () => {
    for (const version of ['1.6', '2.0.1'] as const) {
      it(`${version}: LocalPreAuthorize reads true out of the box (false on the default)`, async () => {
        for (const name of ['default', 'pre-authorize']) {
          const csms = await csmsFor(version);
          const { station } = stationFor(csms, cleanup, { behaviour: stationBehaviour(name) });
          await bootAccepted(csms, station, version === '1.6' ? 2 : 1);
          const [action, payload] = preAuthorizeQuery(version);
          const outcome = await csms.call(action, payload);
          expect(outcome.kind).to.equal('result');
          expect(preAuthorizeValue(version, outcome.kind === 'result' ? outcome.payload : {}), name).to.equal(name === 'default' ? 'false' : 'true');
          await station.stop();
        }
      });
    }
  });

  describe('status-and-event (2.0.1)', () => {
    for (const name of ['default', 'status-and-event']) {
      it(`${name}: a plug-in is reported by StatusNotification${name === 'default' ? ' only' : ' and NotifyEvent Connector.AvailabilityState'}`, async () => {
        const csms = await csmsFor('2.0.1');
        const { station } = stationFor(csms, cleanup, { behaviour: stationBehaviour(name) });
        await bootAccepted(csms, station, 1);
        await station.perform('plugIn', { evseId: 1 });
        await csms.waitCall('StatusNotification', { filter: (p) => p.connectorStatus === 'Occupied' });
        if (name === 'default') {
          await csms.expectNone('NotifyEvent', 300);
          expect(csms.callsOf('NotifyEvent')).to.have.length(0);
          return;
        }
        const event = await csms.waitCall('NotifyEvent', { filter: (p) => (p.eventData as Payload[])[0]?.actualValue === 'Occupied' });
        expect((event.payload.eventData as Payload[])[0]).to.deep.include({
          trigger: 'Delta', component: { name: 'Connector', evse: { id: 1, connectorId: 1 } }, variable: { name: 'AvailabilityState' },
        });
        expect(csms.findings).to.deep.equal([]);
      });
    }
  });

  describe('slow-reboot', () => {
    for (const version of ['1.6', '2.0.1'] as const) {
      for (const [name, downMs] of [['default', 0], ['slow-reboot', 1_200]] as const) {
        it(`${version} ${name}: after a power cycle the station ${downMs ? `stays down ${downMs} ms` : 'connects again at once'}`, async () => {
          const csms = await csmsFor(version);
          const behaviour = { ...stationBehaviour(name), ...(downMs ? { rebootMs: downMs } : {}) };
          const { station } = stationFor(csms, cleanup, { behaviour });
          await bootAccepted(csms, station, version === '1.6' ? 2 : 1);
          const t0 = Date.now();
          await station.perform('powerCycle', {});
          const boot = await csms.waitCall('BootNotification', { timeoutMs: 4_000 });
          if (downMs) expect(boot.t - t0).to.be.at.least(downMs - 50);
          else expect(boot.t - t0).to.be.below(1_000);
        });
      }
    }
  });

  describe('own-call-first', () => {
    for (const version of ['1.6', '2.0.1'] as const) {
      it(`${version}: a Heartbeat of the station goes out before its answer, both CALLs outstanding at once`, async () => {
        for (const name of ['default', 'own-call-first']) {
          const csms = await csmsFor(version);
          csms.respond('Heartbeat', () => 'hold'); // the station's CALL stays unanswered while it answers ours
          const { station } = stationFor(csms, cleanup, { behaviour: stationBehaviour(name) });
          await bootAccepted(csms, station, version === '1.6' ? 2 : 1);
          await csms.waitCall('SecurityEventNotification'); // the last post-boot CALL: the station's turn is free
          const [action, payload] = preAuthorizeQuery(version);
          const outcome = await csms.call(action, payload);
          expect(outcome.kind, name).to.equal('result');
          const heartbeats = csms.callsOf('Heartbeat');
          if (name === 'default') {
            expect(heartbeats, name).to.have.length(0);
          } else {
            expect(heartbeats, name).to.have.length(1);
            expect(heartbeats[0]?.t, name).to.be.at.most(outcome.t);
          }
          await station.stop();
        }
      });
    }
  });
});

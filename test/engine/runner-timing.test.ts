/**
 * The runner as issue 12 wants it: preconditions establish state with a bounded retry and never
 * grade it, a manual step has its own limit (INCONCLUSIVE, never FAIL) and stretches the case
 * deadline, waits are timed from the operator, advisories never FAIL.
 */
import { expect } from 'chai';
import { CsmsLink } from '../../src/ocpp/link.js';
import { CsmsSidePeer } from '../../src/ocpp/peer-csms-side.js';
import { defaultIcs } from '../../src/config/default-ics.js';
import { defineTestCase, type CaseContext } from '../../src/engine/testcase.js';
import { runPlan, type Preconditions } from '../../src/engine/runner.js';
import type { Operator, OperatorResult } from '../../src/domain/operator-actions.js';
import { CaseFailure } from '../../src/domain/verdict.js';
import { HUMAN_PACE, SlowOperator } from '../../src/session/operators.js';
import { select } from '../../src/engine/plan.js';
import { connectClient } from '../../src/transport/client.js';
import { Cleanup } from '../helpers/wait.js';

const common = { version: '2.0.1' as const, sut: 'CS' as const, profiles: ['Core'], covers: ['TEST'], catches: ['test'] };

/** An operator whose every action takes `ms` and then runs `then`. */
function operatorTaking(ms: number, then: () => void = () => undefined): Operator {
  return {
    name: 'test operator', handles: () => true,
    perform: () => new Promise<OperatorResult>((resolve) => { setTimeout(() => { then(); resolve({ status: 'done' }); }, ms); }),
  };
}

describe('engine: runner timing, preconditions and advisories', function () {
  this.timeout(10_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  async function setup(): Promise<{ peer: CsmsSidePeer; url: string }> {
    const link = cleanup.add(new CsmsLink({ versions: ['2.0.1'], securityProfile: 0, expectedStationId: 'CS001' }), (l) => l.close());
    const { url } = await link.listen();
    const ics = { ...defaultIcs('2.0.1', 'CS'), timeouts: { messageMs: 1_000, maxTimeDeviationMs: 4_000, bootMs: 2_000 } };
    return { peer: new CsmsSidePeer(link, { ics }), url };
  }

  const run = async (peer: CsmsSidePeer, cases: ReturnType<typeof defineTestCase>[], extra: { operator?: Operator; preconditions?: Preconditions; operatorMs?: number; deadlineMs?: number } = {}) => runPlan({
    plan: cases.map((testCase) => ({ testCase })), peer, operator: extra.operator ?? operatorTaking(0), ics: peer.ics, emit: () => undefined,
    defaultDeadlineMs: extra.deadlineMs ?? 5_000, settings: {}, pki: () => Promise.reject(new Error('no pki')),
    ...(extra.preconditions ? { preconditions: extra.preconditions } : {}), ...(extra.operatorMs ? { operatorMs: extra.operatorMs } : {}), connectMs: 100,
  });

  it('a failed check inside the preconditions is not a stop: they are retried once and the case runs', async () => {
    const { peer } = await setup();
    const attempts: number[] = [];
    const preconditions: Preconditions = async (_ctx, options) => {
      attempts.push(options?.attempt ?? 0);
      if (options?.attempt === 1) throw new CaseFailure('no StartupOfTheDevice security event', { requirement: 'A04.FR.01' });
    };
    const [r] = await run(peer, [defineTestCase({ ...common, id: 'TC_Y_01_CS', title: 't', async run() { /* passes */ } })], { preconditions });
    expect(attempts).to.deep.equal([1, 2]);
    expect(r?.verdict, r?.reason).to.equal('PASS');
    expect(r?.steps.map((s) => s.text).join('\n')).to.match(/not graded, restoring them again/);
  });

  it('only a failed retry makes the case, and those after it, INCONCLUSIVE', async () => {
    const { peer } = await setup();
    const preconditions: Preconditions = () => Promise.reject(new CaseFailure('station unreachable'));
    const results = await run(peer, [
      defineTestCase({ ...common, id: 'TC_Y_01_CS', title: 't', async run() { /* passes */ } }),
      defineTestCase({ ...common, id: 'TC_Y_02_CS', title: 't', async run() { /* passes */ } }),
    ], { preconditions });
    expect(results.map((r) => r.verdict)).to.deep.equal(['INCONCLUSIVE', 'INCONCLUSIVE']);
    expect(results[0]?.reason).to.match(/general preconditions could not be restored: station unreachable/);
  });

  it('an operator who runs out of timeouts.operatorMs gives INCONCLUSIVE, never FAIL', async () => {
    const { peer } = await setup();
    const never: Operator = { name: 'absent', handles: () => true, perform: () => new Promise<OperatorResult>(() => undefined) };
    const [r] = await run(peer, [defineTestCase({ ...common, id: 'TC_Y_01_CS', title: 't', async run({ operator }) { await operator.do('powerCycle'); } })],
      { operator: never, operatorMs: 150 });
    expect(r?.verdict).to.equal('INCONCLUSIVE');
    expect(r?.reason).to.match(/operator did not complete powerCycle within 150 ms/);
  });

  it('time the operator takes stretches the case deadline', async () => {
    const { peer } = await setup();
    const [r] = await run(peer, [defineTestCase({ ...common, id: 'TC_Y_01_CS', title: 't', async run({ operator }) { await operator.do('plugIn'); await operator.do('unplug'); } })],
      { operator: operatorTaking(200), deadlineMs: 300 });
    expect(r?.verdict, r?.reason).to.equal('PASS');
  });

  it('the wait for what the SUT does after a manual step is timed from when the operator is done', async () => {
    const { peer, url } = await setup();
    const { rpc } = await connectClient({ url, stationId: 'CS001', versions: ['2.0.1'], securityProfile: 0 });
    cleanup.add(rpc, (c) => c.terminate());
    // The operator takes 550 ms; the station boots 50 ms after it is done: 600 ms after the wait (400 ms) was armed.
    const slow = operatorTaking(550, () => { setTimeout(() => { void rpc.call('BootNotification', { chargingStation: { model: 'M', vendorName: 'V' }, reason: 'PowerUp' }); }, 50); });
    const [r] = await run(peer, [defineTestCase({
      ...common, id: 'TC_Y_01_CS', title: 't',
      async run({ sut, operator }: CaseContext) {
        const boot = sut.expectCall('BootNotification', { timeoutMs: 400 });
        await operator.do('powerCycle');
        (await boot).respond({ currentTime: sut.now(), interval: 300, status: 'Accepted' });
      },
    })], { operator: slow });
    expect(r?.verdict, r?.reason).to.equal('PASS');
  });

  it('an advisory is recorded with its frame, apart from failures, and never FAILs the case', async () => {
    const { peer } = await setup();
    const [r] = await run(peer, [defineTestCase({
      ...common, id: 'TC_Y_01_CS', title: 't',
      async run({ advise }) {
        advise('currentTime is 6 s off', { requirement: 'B01.FR.07' });
        advise('interval > 0', { holds: true });
      },
    })]);
    expect(r?.verdict).to.equal('PASS');
    expect(r?.advisories?.map((a) => [a.text, a.requirement])).to.deep.equal([['currentTime is 6 s off', 'B01.FR.07']]);
  });

  it('the slow reference operator: seeded delays within its range, the same for the same seed', () => {
    const inner = operatorTaking(0);
    const a = new SlowOperator(inner, HUMAN_PACE);
    const b = new SlowOperator(inner, HUMAN_PACE);
    const da = Array.from({ length: 50 }, () => a.nextDelayMs());
    expect(da).to.deep.equal(Array.from({ length: 50 }, () => b.nextDelayMs()));
    expect(Math.min(...da)).to.be.at.least(500);
    expect(Math.max(...da)).to.be.at.most(3_000);
    expect(new Set(da).size).to.be.greaterThan(40);
    const c = new SlowOperator(inner, { ...HUMAN_PACE, seed: 99 });
    expect(Array.from({ length: 50 }, () => c.nextDelayMs())).to.not.deep.equal(da);
  });

  it('--exclude leaves a case out of the selection', () => {
    const cases = ['TC_Y_01_CS', 'TC_Y_02_CS', 'TC_X_01_CS'].map((id) => defineTestCase({ ...common, id, title: 't', async run() { /* nothing */ } }));
    expect(select(cases, { exclude: ['TC_Y_02_CS'] }).map((c) => c.id)).to.deep.equal(['TC_Y_01_CS', 'TC_X_01_CS']);
    expect(select(cases, { ids: ['TC_Y_*'], exclude: ['tc_y_01_cs'] }).map((c) => c.id)).to.deep.equal(['TC_Y_02_CS']);
  });
});

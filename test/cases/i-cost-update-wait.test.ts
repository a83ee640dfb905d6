/**
 * TC_I_01_CSMS step 9: the optional CostUpdatedRequest wait takes only its own timeout for "none came";
 * any other error (here a closed connection) reaches the runner instead of passing as a missing update.
 */
import { expect } from 'chai';
import { HarnessError } from '../../src/errors.js';
import { CaseFailure, WaitTimedOut } from '../../src/domain/verdict.js';
import { costUpdateAnswered } from '../../testcases/ocpp201/I-tariff-and-cost/steps.csms.js';

type Waiter = Parameters<typeof costUpdateAnswered>[0];

function stub(outcome: () => Promise<unknown>): { ctx: Waiter; logs: string[] } {
  const logs: string[] = [];
  const ctx = { log: (m: string) => logs.push(m), sut: { expectCall: outcome } } as unknown as Waiter;
  return { ctx, logs };
}

describe('TC_I_01_CSMS: the optional CostUpdatedRequest wait', () => {
  it('a wait that ran out is "none came" (false, logged)', async () => {
    const { ctx, logs } = stub(() => Promise.reject(new WaitTimedOut('expected CostUpdated from the SUT within 10 ms; it did not come')));
    expect(await costUpdateAnswered(ctx)).to.equal(false);
    expect(logs.join('\n')).to.contain('no CostUpdatedRequest');
  });

  it('any other error propagates: a closed connection is not a missing update', async () => {
    const closed = new HarnessError('OCPPH_ERR_CONNECTION_CLOSED', 'connection closed');
    const { ctx, logs } = stub(() => Promise.reject(closed));
    const err = await costUpdateAnswered(ctx).then(() => undefined, (e: unknown) => e);
    expect(err).to.equal(closed);
    expect(logs).to.deep.equal([]);
    // A failure other than the timeout (e.g. a FAIL the peer raised) propagates too.
    const other = stub(() => Promise.reject(new CaseFailure('the SUT broke something')));
    expect(await costUpdateAnswered(other.ctx).then(() => 'returned', (e: unknown) => (e as Error).message)).to.equal('the SUT broke something');
  });

  it('a CostUpdatedRequest that came is answered once and counts', async () => {
    const answers: unknown[] = [];
    const call = { answered: false, respond: (p: unknown) => answers.push(p) };
    const { ctx } = stub(() => Promise.resolve(call));
    expect(await costUpdateAnswered(ctx)).to.equal(true);
    expect(answers).to.deep.equal([{}]);
    const already = stub(() => Promise.resolve({ answered: true, respond: () => { throw new Error('answered twice'); } }));
    expect(await costUpdateAnswered(already.ctx)).to.equal(true);
  });
});

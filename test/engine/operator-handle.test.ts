/** The case log says an operator action is done only when it was: a hook that refuses leaves no "done" step. */
import { expect } from 'chai';
import { operatorHandle } from '../../src/engine/operator.js';
import type { Operator, OperatorResult } from '../../src/domain/operator-actions.js';
import { CaseInconclusive } from '../../src/domain/verdict.js';

const answering = (result: OperatorResult): Operator => ({ name: 'test', handles: () => true, perform: () => Promise.resolve(result) });

describe('engine: operator handle log', () => {
  it('logs "done" after an action the operator performed', async () => {
    const steps: string[] = [];
    await operatorHandle(answering({ status: 'done' }), 'TC_X', 'CS', (t) => steps.push(t)).do('plugIn', { evseId: 1 });
    expect(steps).to.deep.equal(['operator: plugIn {"evseId":1}', 'operator: plugIn done']);
  });

  it('a refused action is INCONCLUSIVE with the hook\'s reason and never logged as done', async () => {
    const steps: string[] = [];
    const err = await operatorHandle(answering({ status: 'skipped', reason: 'no EV at the rig' }), 'TC_X', 'CS', (t) => steps.push(t))
      .do('plugIn').then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(CaseInconclusive);
    expect((err as Error).message).to.equal('operator skipped plugIn: no EV at the rig');
    expect(steps.some((s) => s.endsWith('done'))).to.equal(false);
  });
});

import { expect } from 'chai';
import { CaseTimers } from '../../src/ocpp/case-timers.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('case timers: timed from the operator, dead with their case', () => {
  it('an operator-aware timer does not run while the operator acts, and restarts in full after', async () => {
    const timers = new CaseTimers();
    const fired: number[] = [];
    const t0 = Date.now();
    timers.start(60, () => fired.push(Date.now() - t0));
    timers.operatorBegan();
    await tick(120);
    expect(fired, 'fired while the operator was still acting').to.deep.equal([]);
    const done = Date.now() - t0;
    timers.operatorEnded();
    await tick(150);
    expect(fired).to.have.length(1);
    expect(fired[0]).to.be.at.least(done + 55);
  });

  it('a timer that is not operator-aware keeps running', async () => {
    const timers = new CaseTimers();
    let fired = false;
    timers.start(30, () => { fired = true; }, { operatorAware: false });
    timers.operatorBegan();
    await tick(80);
    expect(fired).to.equal(true);
  });

  it('clearAll stops every timer of the case', async () => {
    const timers = new CaseTimers();
    let fired = 0;
    timers.start(20, () => { fired += 1; });
    timers.start(20, () => { fired += 1; }, { operatorAware: false });
    timers.clearAll();
    await tick(60);
    expect(fired).to.equal(0);
    expect(timers.pending).to.equal(0);
  });
});

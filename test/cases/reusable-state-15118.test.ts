/**
 * Reusable states are preconditions: established, never graded. TC_N_63_CS reaches its Charging State through the shared
 * states (EVConnectedPreSession, Authorized15118, ParkingBayUnoccupied), so a station that cannot be brought there leaves
 * the case INCONCLUSIVE naming the state, not FAIL; a harness error still ends it ERROR.
 */
import { expect } from 'chai';
import type { CaseResult } from '../../src/engine/model.js';
import { CaseFailure, CaseInconclusive } from '../../src/domain/verdict.js';
import { runAgainstReference } from '../../src/session/reference.js';
import { asReusableState } from '../../testcases/ocpp201/_shared/authorized-15118.cs.js';

const explain = (r: CaseResult | undefined) => `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}`;

describe('2.0.1 reusable states of TC_N_63_CS are not graded', function () {
  this.timeout(120_000);

  it('asReusableState: a failed check becomes INCONCLUSIVE naming the state; a harness error passes through', async () => {
    const failing = asReusableState('Authorized15118', () => Promise.reject(new CaseFailure('no AuthorizationRequest')));
    const err = await failing.then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(CaseInconclusive);
    expect((err as Error).message).to.match(/^Reusable State Authorized15118 could not be established: no AuthorizationRequest/);
    const assertion = Object.assign(new Error('expected 1 to equal 2'), { name: 'AssertionError' });
    const asserted = await asReusableState('Authorized15118', () => Promise.reject(assertion)).then(() => undefined, (e: unknown) => e);
    expect(asserted).to.be.instanceOf(CaseInconclusive);
    const harness = new TypeError('a harness bug');
    expect(await asReusableState('Authorized15118', () => Promise.reject(harness)).then(() => undefined, (e: unknown) => e)).to.equal(harness);
    expect(await asReusableState('Authorized15118', () => Promise.resolve(7))).to.equal(7);
  });

  it('TC_N_63_CS: a station whose plug-in breaks a validation of EVConnectedPreSession (wrong-trigger-reason) is INCONCLUSIVE', async () => {
    const r = (await runAgainstReference({ version: '2.0.1', sut: 'CS', ids: ['TC_N_63_CS'], operatorPace: false, faults: ['wrong-trigger-reason'] }))
      .find((c) => c.id === 'TC_N_63_CS');
    expect(r?.verdict, explain(r)).to.equal('INCONCLUSIVE');
    expect(r?.reason ?? '', explain(r)).to.match(/Reusable State EVConnectedPreSession/);
  });
});

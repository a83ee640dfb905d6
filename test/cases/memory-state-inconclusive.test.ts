/**
 * A Memory State is a precondition: established, never graded. The C cases reach IdTokenCached through the one
 * shared step (establishIdTokenCached), so a station that cannot be brought there leaves the case INCONCLUSIVE, not FAIL.
 */
import { expect } from 'chai';
import type { CaseResult } from '../../src/engine/model.js';
import { runAgainstReference } from '../../src/session/reference.js';

const explain = (r: CaseResult | undefined) => `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}`;

describe('2.0.1 Memory State IdTokenCached is not graded', function () {
  this.timeout(120_000);

  it('TC_C_08_CS: a station whose session of the memory state breaks a validation (tx-no-idtoken) is INCONCLUSIVE', async () => {
    const r = (await runAgainstReference({ version: '2.0.1', sut: 'CS', ids: ['TC_C_08_CS'], operatorPace: false, faults: ['tx-no-idtoken'] }))
      .find((c) => c.id === 'TC_C_08_CS');
    expect(r?.verdict, explain(r)).to.equal('INCONCLUSIVE');
    expect(r?.reason ?? '', explain(r)).to.match(/Memory State IdTokenCached/);
  });
});

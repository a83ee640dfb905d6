/**
 * The Master Pass cases on a station with a UI (C-07) run as one session, as `run --sim -c <config claiming C-07>` runs
 * them: the matrix runs TC_C_14_CS only on the default station (C-08), where no Master Pass screen is shown.
 */
import { expect } from 'chai';
import type { CaseResult } from '../../src/engine/model.js';
import { referenceVariants, runAgainstReference } from '../../src/session/reference.js';

const explain = (r: CaseResult | undefined) => `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}\n${(r?.steps ?? []).slice(-8).map((s) => `    ${s.outcome} ${s.text}`).join('\n')}`;

describe('Master Pass cases on a station with a Master Pass screen (C-07)', function () {
  this.timeout(120_000);

  it('TC_C_14_CS (the user selects the transaction after presenting the cached master pass), TC_C_47_CS and TC_C_48_CS PASS in one session', async () => {
    const ui = referenceVariants('2.0.1', 'CS').find((v) => v.ics.features?.includes('C-07'));
    expect(ui, 'a reference variant claiming C-07').to.not.equal(undefined);
    const ids = ['TC_C_14_CS', 'TC_C_47_CS', 'TC_C_48_CS'];
    const results = await runAgainstReference({ version: '2.0.1', sut: 'CS', securityProfile: 0, ids, ics: ui!.ics, operatorPace: false });
    for (const id of ids) {
      const r = results.find((c) => c.id === id);
      expect(r?.verdict, `${id}: ${explain(r)}`).to.equal('PASS');
    }
  });
});

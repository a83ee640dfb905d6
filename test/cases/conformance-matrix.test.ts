/**
 * Every implemented case, twice: against the faultless reference simulator it must PASS, and
 * with each fault it names in `catches` it must FAIL. A case that cannot fail is not done.
 */
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../../src/engine/catalogue.js';
import type { CaseResult, OcppVersion, SutRole } from '../../src/engine/model.js';
import { runAgainstReference, sessionProfileOf } from '../../src/session/reference.js';
import { actionsUsedBy, renderOperatorActionsDoc } from '../../src/engine/operator-docs.js';

const catalogue = await loadCatalogue();
const groups: Array<{ version: OcppVersion; sut: SutRole }> = [
  { version: '2.0.1', sut: 'CS' }, { version: '2.0.1', sut: 'CSMS' }, { version: '1.6', sut: 'CS' }, { version: '1.6', sut: 'CSMS' },
];
const allPassRuns: CaseResult[] = [];

function explain(r: CaseResult | undefined): string {
  if (!r) return 'not run';
  const steps = r.steps.slice(-6).map((s) => `    ${s.outcome} ${s.text}`).join('\n');
  return `${r.verdict}: ${r.reason ?? ''}\n${steps}`;
}

for (const { version, sut } of groups) {
  const all = catalogue.cases.filter((c) => c.version === version && c.sut === sut && !c.removed);
  // Cases that need another security profile (A-block transport cases) run in a session of their own.
  const profiles = [...new Set(all.map(sessionProfileOf))].sort();
  for (const profile of profiles) {
    const cases = all.filter((c) => sessionProfileOf(c) === profile);
    const ids = cases.map((c) => c.id);

    describe(`OCPP ${version} ${sut === 'CS' ? 'charging station' : 'CSMS'} cases against the reference simulator${profile ? ` (security profile ${profile})` : ''}`, function () {
      this.timeout(600_000);
      const results = new Map<string, CaseResult>();

      before(async () => {
        for (const r of await runAgainstReference({ version, sut, securityProfile: profile, ids })) results.set(r.id, r);
        allPassRuns.push(...results.values());
      });

      for (const c of cases) {
        it(`${c.id} PASSes on the faultless simulator`, () => {
          const r = results.get(c.id);
          expect(r?.verdict, `${c.id}: ${explain(r)}`).to.equal('PASS');
        });
      }

      const faults = [...new Set(cases.flatMap((c) => c.catches))].sort();
      for (const fault of faults) {
        const catching = cases.filter((c) => c.catches.includes(fault));
        describe(`with fault ${fault}`, () => {
          const faulty = new Map<string, CaseResult>();
          before(async () => {
            for (const r of await runAgainstReference({ version, sut, securityProfile: profile, faults: [fault], ids: catching.map((c) => c.id) })) faulty.set(r.id, r);
          });
          for (const c of catching) {
            it(`${c.id} FAILs`, () => {
              const r = faulty.get(c.id);
              expect(r?.verdict, `${c.id} with ${fault}: ${explain(r)}`).to.equal('FAIL');
            });
          }
        });
      }
    });
  }
}

describe('docs/operator-actions.md', () => {
  it('lists every operator action the cases use, with the cases that use it', async () => {
    const doc = await readFile(fileURLToPath(new URL('../../../docs/operator-actions.md', import.meta.url)), 'utf8');
    expect(doc, 'regenerate with: npm run docs').to.equal(renderOperatorActionsDoc(actionsUsedBy(allPassRuns)));
  });
});

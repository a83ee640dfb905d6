/**
 * Every implemented case, twice: against the faultless reference simulator it must PASS, and
 * with each fault it names in `catches` it must FAIL. A case that cannot fail is not done.
 *
 * The sessions (one faultless per version/role/security profile, one per fault) are independent
 * in-process runs on their own loopback ports, so they run a few at a time.
 */
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../../src/engine/catalogue.js';
import type { CaseResult, OcppVersion, SutRole } from '../../src/engine/model.js';
import type { SecurityProfile } from '../../src/transport/security.js';
import { REFERENCE_CERTS_DIR, runAgainstReference, sessionProfileOf } from '../../src/session/reference.js';
import { ensurePki } from '../../src/pki/store.js';
import { actionsUsedBy, renderOperatorActionsDoc } from '../../src/engine/operator-docs.js';

const catalogue = await loadCatalogue();
const CONCURRENCY = Number(process.env.OCPPH_MATRIX_CONCURRENCY ?? 4);

interface Job { key: string; version: OcppVersion; sut: SutRole; profile: SecurityProfile; faults: string[]; ids: string[] }
const jobs: Job[] = [];
const results = new Map<string, Map<string, CaseResult>>();

function explain(r: CaseResult | undefined): string {
  if (!r) return 'not run';
  const steps = r.steps.slice(-6).map((s) => `    ${s.outcome} ${s.text}`).join('\n');
  return `${r.verdict}: ${r.reason ?? ''}\n${steps}`;
}

async function runJobs(): Promise<void> {
  await ensurePki(REFERENCE_CERTS_DIR);
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const cases = await runAgainstReference({ version: job.version, sut: job.sut, securityProfile: job.profile, faults: job.faults, ids: job.ids });
      results.set(job.key, new Map(cases.map((r) => [r.id, r])));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, CONCURRENCY) }, worker));
}

describe('conformance matrix: every case against the reference simulators', function () {
  this.timeout(900_000);
  before(runJobs);

  const groups: Array<{ version: OcppVersion; sut: SutRole }> = [
    { version: '2.0.1', sut: 'CS' }, { version: '2.0.1', sut: 'CSMS' }, { version: '1.6', sut: 'CS' }, { version: '1.6', sut: 'CSMS' },
  ];
  for (const { version, sut } of groups) {
    const all = catalogue.cases.filter((c) => c.version === version && c.sut === sut && !c.removed);
    // Cases that need another security profile (A-block transport cases) run in a session of their own.
    for (const profile of [...new Set(all.map(sessionProfileOf))].sort()) {
      const cases = all.filter((c) => sessionProfileOf(c) === profile);
      const base = `${version}/${sut}/${profile}`;
      jobs.push({ key: base, version, sut, profile, faults: [], ids: cases.map((c) => c.id) });

      describe(`OCPP ${version} ${sut === 'CS' ? 'charging station' : 'CSMS'} cases${profile ? ` (security profile ${profile})` : ''}`, () => {
        for (const c of cases) {
          it(`${c.id} PASSes on the faultless simulator`, () => {
            const r = results.get(base)?.get(c.id);
            expect(r?.verdict, `${c.id}: ${explain(r)}`).to.equal('PASS');
          });
        }
        for (const fault of [...new Set(cases.flatMap((c) => c.catches))].sort()) {
          const catching = cases.filter((c) => c.catches.includes(fault));
          const key = `${base}/${fault}`;
          jobs.push({ key, version, sut, profile, faults: [fault], ids: catching.map((c) => c.id) });
          describe(`with fault ${fault}`, () => {
            for (const c of catching) {
              it(`${c.id} FAILs`, () => {
                const r = results.get(key)?.get(c.id);
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
      const passRuns = jobs.filter((j) => j.faults.length === 0).flatMap((j) => [...(results.get(j.key)?.values() ?? [])]);
      const doc = await readFile(fileURLToPath(new URL('../../../docs/operator-actions.md', import.meta.url)), 'utf8');
      expect(doc, 'regenerate with: npm run docs').to.equal(renderOperatorActionsDoc(actionsUsedBy(passRuns)));
    });
  });
});

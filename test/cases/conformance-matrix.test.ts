/**
 * Every implemented case, three ways: against the faultless reference simulator it must PASS; on
 * every other personality of that simulator (conformant choices, src/simulators/personalities.ts)
 * it must PASS too, or be NOT_APPLICABLE exactly when it is on the default; and with each fault it
 * names in `catches` it must FAIL (faults run on the default personality). A case that cannot fail,
 * or passes only on the default personality, is not done.
 *
 * Time: the sessions (one per version/role/security profile and personality, one per fault) are
 * independent in-process runs on their own loopback ports, run a few at a time, longest first;
 * personality sessions are cut into parts of at most PART_SIZE cases so no single session is the
 * long pole, and personalities run with their shortened reference durations (slow reboot 3 s...).
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
import { DEFAULT_PERSONALITY, personalitiesFor, type Personality } from '../../src/simulators/personalities.js';
import { PERSONALITY_PENDING, pendingKey } from './personality-pending.js';

const catalogue = await loadCatalogue();
const CONCURRENCY = Number(process.env.OCPPH_MATRIX_CONCURRENCY ?? 4);
const PART_SIZE = 40;

interface Job {
  key: string; version: OcppVersion; sut: SutRole; profile: SecurityProfile; faults: string[]; ids: string[];
  personality?: string;
}
const jobs: Job[] = [];
const results = new Map<string, Map<string, CaseResult>>();

function explain(r: CaseResult | undefined): string {
  if (!r) return 'not run';
  const steps = r.steps.slice(-6).map((s) => `    ${s.outcome} ${s.text}`).join('\n');
  return `${r.verdict}: ${r.reason ?? ''}\n${steps}`;
}

async function runJobs(): Promise<void> {
  await ensurePki(REFERENCE_CERTS_DIR);
  const queue = [...jobs].sort((a, b) => b.ids.length - a.ids.length);
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const cases = await runAgainstReference({
        version: job.version, sut: job.sut, securityProfile: job.profile, faults: job.faults, ids: job.ids,
        ...(job.personality ? { personality: job.personality } : {}),
      });
      const into = results.get(job.key) ?? new Map<string, CaseResult>();
      for (const r of cases) into.set(r.id, r);
      results.set(job.key, into);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, CONCURRENCY) }, worker));
}

/** The cases of a personality: all but those of the blocks it declares it cannot touch. */
function touchedBy(p: Personality, ids: Array<{ id: string; block: string }>): string[] {
  const untouched = new Set(p.untouched?.blocks ?? []);
  return ids.filter((c) => !untouched.has(c.block)).map((c) => c.id);
}

function parts(ids: string[]): string[][] {
  const n = Math.max(1, Math.ceil(ids.length / PART_SIZE));
  return Array.from({ length: n }, (_, i) => ids.filter((_id, j) => j % n === i));
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
        const role = sut === 'CS' ? 'station' : 'csms';
        for (const p of personalitiesFor(role, version).filter((x) => x.name !== DEFAULT_PERSONALITY)) {
          const ids = touchedBy(p, cases);
          if (!ids.length) continue;
          const key = `${base}/personality ${p.name}`;
          for (const part of parts(ids)) jobs.push({ key, version, sut, profile, faults: [], ids: part, personality: p.name });
          describe(`on personality ${p.name}${p.untouched ? ` (blocks ${p.untouched.blocks.join(', ')} left out: ${p.untouched.why})` : ''}`, () => {
            for (const id of ids) {
              const pending = PERSONALITY_PENDING[pendingKey(version, id, p.name)];
              const title = `${id} PASSes (or is NOT_APPLICABLE as on the default)`;
              const check = () => {
                const r = results.get(key)?.get(id);
                const expected = results.get(base)?.get(id)?.verdict === 'NOT_APPLICABLE' ? 'NOT_APPLICABLE' : 'PASS';
                expect(r?.verdict, `${id} on personality ${p.name}: ${explain(r)}`).to.equal(expected);
              };
              if (!pending) {
                it(title, check);
                continue;
              }
              // An over-strict case, written down in /work/notes/personality-failures.md: pending until the case is fixed.
              it(`${title} [pending: ${pending}]`, function () {
                try {
                  check();
                } catch {
                  this.skip();
                }
                throw new Error(`${id} now passes on personality ${p.name}: delete its entry from test/cases/personality-pending.ts`);
              });
            }
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
      const passRuns = jobs.filter((j) => j.faults.length === 0 && !j.personality).flatMap((j) => [...(results.get(j.key)?.values() ?? [])]);
      const doc = await readFile(fileURLToPath(new URL('../../../docs/operator-actions.md', import.meta.url)), 'utf8');
      expect(doc, 'regenerate with: npm run docs').to.equal(renderOperatorActionsDoc(actionsUsedBy(passRuns)));
    });
  });
});

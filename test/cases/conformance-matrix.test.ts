/**
 * Every implemented case, twice: against the faultless reference simulator it must PASS, and
 * with each fault it names in `catches` it must FAIL. A case that cannot fail is not done.
 *
 * The sessions (faultless ones per version/role/security profile, split into shards of a few cases,
 * and one per fault) are independent in-process runs on their own loopback ports. Every run uses the
 * slow, seeded reference operator, so the matrix proves that no case needs a machine-speed operator.
 * That time is latency, not CPU: the sessions run many at a time.
 *
 * OCPPH_MATRIX_CONCURRENCY (default 24) sessions at once; OCPPH_MATRIX_SHARD (default 6) cases per
 * faultless session; OCPPH_MATRIX_OPERATOR_PACE "min-max" ms per operator action ("0" for machine
 * speed). The default, 100-800 ms, stays below two configured durations that some cases still set
 * shorter than a person takes (issue 12): the 2 s EV connection timeout of the 2.0.1 E-block cases
 * (TC_E_27/29/33/40_CS time out before the plug-in at 0.5-3 s) and the RetryBackOffWaitMinimum of
 * TC_B_52_CS, which closes the connection without refusing the reconnection (the station is back
 * before the operator plugs in). Once those cases take their durations from the configuration and
 * TC_B_52_CS goes offline with sut.goOffline(), the default becomes HUMAN_PACE (500-3000 ms).
 */
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../../src/engine/catalogue.js';
import type { CaseResult, OcppVersion, SutRole } from '../../src/engine/model.js';
import type { SecurityProfile } from '../../src/transport/security.js';
import { REFERENCE_CERTS_DIR, runAgainstReference, sessionProfileOf } from '../../src/session/reference.js';
import { HUMAN_PACE, type SlowOperatorSettings } from '../../src/session/operators.js';
import { ensurePki } from '../../src/pki/store.js';
import { actionsUsedBy, renderOperatorActionsDoc } from '../../src/engine/operator-docs.js';

const catalogue = await loadCatalogue();
const CONCURRENCY = Number(process.env.OCPPH_MATRIX_CONCURRENCY ?? 24);
const SHARD = Math.max(1, Number(process.env.OCPPH_MATRIX_SHARD ?? 6));
const PACE = operatorPace(process.env.OCPPH_MATRIX_OPERATOR_PACE ?? '100-800');
// Each session watches for stray rejections while it runs: many sessions at once, many listeners.
process.setMaxListeners(Math.max(process.getMaxListeners(), CONCURRENCY + 10));

function operatorPace(text: string | undefined): SlowOperatorSettings | false {
  if (text === undefined) return HUMAN_PACE;
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`OCPPH_MATRIX_OPERATOR_PACE: expected "min-max" in ms, got '${text}'`);
  const minMs = Number(m[1]);
  const maxMs = Number(m[2] ?? m[1]);
  return maxMs === 0 ? false : { ...HUMAN_PACE, minMs, maxMs };
}

interface Job { key: string; version: OcppVersion; sut: SutRole; profile: SecurityProfile; faults: string[]; ids: string[]; seed: number }
const jobs: Job[] = [];
const results = new Map<string, Map<string, CaseResult>>();

function explain(r: CaseResult | undefined): string {
  if (!r) return 'not run';
  const steps = r.steps.slice(-6).map((s) => `    ${s.outcome} ${s.text}`).join('\n');
  return `${r.verdict}: ${r.reason ?? ''}\n${steps}`;
}

async function runJobs(): Promise<void> {
  await ensurePki(REFERENCE_CERTS_DIR);
  // Longest first, so a big session does not start last.
  const queue = [...jobs].sort((a, b) => b.ids.length - a.ids.length);
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const cases = await runAgainstReference({
        version: job.version, sut: job.sut, securityProfile: job.profile, faults: job.faults, ids: job.ids,
        operatorPace: PACE && { ...PACE, seed: PACE.seed + job.seed },
      });
      const into = results.get(job.key) ?? new Map<string, CaseResult>();
      for (const r of cases) into.set(r.id, r);
      results.set(job.key, into);
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
      for (let i = 0; i < cases.length; i += SHARD) {
        jobs.push({ key: base, version, sut, profile, faults: [], ids: cases.slice(i, i + SHARD).map((c) => c.id), seed: jobs.length });
      }

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
          jobs.push({ key, version, sut, profile, faults: [fault], ids: catching.map((c) => c.id), seed: jobs.length });
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

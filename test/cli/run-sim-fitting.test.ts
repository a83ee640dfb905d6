/**
 * `run --sim` with no ICS of the user's makes every case applicable (issue 15, item 6): each case runs
 * against the reference simulator configured as it needs, so a single case gives its verdict.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { loadCatalogue } from '../../src/engine/catalogue.js';
import { referenceGroups } from '../../src/session/fitting-references.js';

interface JsonOut { cases: Array<{ id: string; verdict: string; reason?: string }> }

describe('run --sim: the simulator in the configuration each case needs', function () {
  this.timeout(120_000);
  const out = mkdtempSync(path.join(os.tmpdir(), 'ocpph-fit-'));
  after(() => rmSync(out, { recursive: true, force: true }));

  it('groups cases by the security profile and reference variant they need', async () => {
    const { cases } = await loadCatalogue(undefined, ['2.0.1']);
    const pick = cases.filter((c) => ['TC_A_04_CS', 'TC_B_28_CS', 'TC_B_01_CS'].includes(c.id) && c.sut === 'CS');
    const groups = referenceGroups(pick, '2.0.1', 'CS');
    const where = (id: string) => groups.find((g) => g.ids.includes(id));
    expect(where('TC_A_04_CS')?.securityProfile).to.be.oneOf([2, 3]);
    expect(where('TC_B_28_CS')?.variant).to.equal('no reset per EVSE, no SummaryInventory');
    expect(where('TC_B_01_CS')).to.include({ securityProfile: 0 }).and.not.have.property('variant');
  });

  for (const id of ['TC_A_04_CS', 'TC_B_28_CS']) {
    it(`run --sim --case ${id} PASSes (it was NOT_APPLICABLE under the simulator's default claim)`, async () => {
      const r = await runCli(['run', '--sim', '--case', id, '--out', path.join(out, id), '--no-html', '--json']);
      const json = JSON.parse(r.stdout) as JsonOut;
      expect(json.cases.map((c) => [c.id, c.verdict, c.reason])).to.deep.equal([[id, 'PASS', undefined]]);
      expect(r.code).to.equal(0);
    });
  }

  it('an explicit --security-profile is taken as given: a case that needs another stays NOT_APPLICABLE', async () => {
    const r = await runCli(['run', '--sim', '--case', 'TC_A_04_CS', '--security-profile', '0', '--out', path.join(out, 'sp0'), '--no-html', '--json']);
    const json = JSON.parse(r.stdout) as JsonOut;
    expect(json.cases[0]?.verdict).to.equal('NOT_APPLICABLE');
  });
});

import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../../src/engine/catalogue.js';
import { evaluateCondition } from '../../src/catalogue-data/condition.js';
import type { CaseInfo } from '../../src/engine/model.js';
import { officialCatalogue } from '../../src/catalogue-data/official.js';
import { catalogueRows, metadataDisagreements, type CatalogueRow } from '../../src/catalogue-data/coverage.js';
import { normaliseCondition } from '../../src/catalogue-data/build/conditions.js';
import { parseProfileColumn } from '../../src/catalogue-data/build/csv.js';
import { runCli } from '../helpers/cli.js';

const KNOWN = fileURLToPath(new URL('../../../data/official-catalogue/known-disagreements.json', import.meta.url));

describe('official catalogue data', () => {
  it('holds every 2.0.1 case of Part 6 and the errata: 675, three removed, one added', () => {
    const cat = officialCatalogue('2.0.1');
    expect(cat.cases).to.have.length(675);
    expect(cat.cases.filter((c) => c.removed).map((c) => c.id)).to.have.members(['TC_A_13_CS', 'TC_A_13_CSMS', 'TC_O_15_CS']);
    expect(cat.cases.filter((c) => c.added).map((c) => c.id)).to.deep.equal(['TC_B_58_CSMS']);
    expect(new Set(cat.cases.map((c) => c.id)).size).to.equal(675);
  });

  it('holds the 177 cases of the OCTT 1.6 document (102 charge point, 75 central system) and the 904 of 2.1', () => {
    const c16 = officialCatalogue('1.6').cases;
    expect(c16.filter((c) => c.sut === 'CS')).to.have.length(102);
    expect(c16.filter((c) => c.sut === 'CSMS')).to.have.length(75);
    expect(officialCatalogue('2.1').cases).to.have.length(904);
  });

  it('Part 5 counts: 104 mandatory Core cases with a station under test', () => {
    const core = officialCatalogue('2.0.1').cases.filter((c) => c.sut === 'CS' && !c.removed && c.profiles.some((p) => p.profile === 'Core' && p.mandatory));
    expect(core).to.have.length(104);
  });

  it('applies the errata to Part 5: TC_N_48_CS conditional on AQ-10, TC_A_21_CS on AQ-3', () => {
    const byId = new Map(officialCatalogue('2.0.1').cases.map((c) => [c.id, c]));
    expect(byId.get('TC_N_48_CS')!.profiles).to.deep.equal([{ profile: 'Advanced Device Management', mandatory: false, condition: 'AQ-10' }]);
    expect(byId.get('TC_A_21_CS')!.profiles).to.deep.equal([{ profile: 'Advanced Security', mandatory: false, condition: 'AQ-3' }]);
  });

  it('every 2.0.1 condition is an expression the engine reads', () => {
    for (const c of officialCatalogue('2.0.1').cases) {
      for (const p of c.profiles) if (p.condition) expect(() => evaluateCondition(p.condition!, new Set()), `${c.id}: ${p.condition}`).not.to.throw();
    }
  });

  it('names each disagreement it resolved, with a source', () => {
    const resolved = officialCatalogue('2.0.1').resolved;
    expect(resolved.find((r) => r.key === '2.0.1/TC_C_58_CS')?.source).to.match(/Part 6, table 87/);
    for (const r of [...resolved, ...officialCatalogue('1.6').resolved]) expect(r.source, r.key).to.be.a('string').and.not.equal('');
  });

  it('every implemented case is an official one with the same profiles, M/C and conditions (or a listed known disagreement)', async () => {
    const { cases } = await loadCatalogue();
    const known = (JSON.parse(readFileSync(KNOWN, 'utf8')) as { known: Array<{ key: string; problem: string }> }).known;
    // Listed both ways: a new disagreement fails, and so does a stale entry once its case is fixed.
    expect(metadataDisagreements(cases)).to.deep.equal(known);
  });
});

describe('official catalogue build helpers', () => {
  it('spells out Part 5 ranges and completes ids missing their prefix', () => {
    expect(normaliseCondition('C-30 - C-32 or ISO15118 support')).to.equal('(C-30 or C-31 or C-32) or ISO 15118 Support');
    expect(normaliseCondition('NOT AQ-2 and (C-36-(or) C-39)')).to.equal('NOT AQ-2 and ((C-36 or C-37 or C-38 or C-39))');
    expect(normaliseCondition('NOT (NOT C.06.1 AND (10.1 OR C35))')).to.equal('NOT (NOT C-06.1 AND (C-10.1 OR C-35))');
  });

  it('reads the facts table profile column', () => {
    expect(parseProfileColumn('Smart Charging (C: SC-4); ISO 15118 Support (M)')).to.deep.equal([
      { profile: 'Smart Charging', mandatory: false, features: ['SC-4'] }, { profile: 'ISO 15118 Support', mandatory: true, features: [] }]);
    expect(parseProfileColumn('not listed for this side in Part 5 Ed3')).to.deep.equal([]);
  });

  it('compares conditions by meaning, not spelling', () => {
    const info = (condition: string): CaseInfo => ({ id: 'TC_B_30_CSMS', title: 't', version: '2.0.1', sut: 'CSMS', profiles: [{ profile: 'Core', mandatory: false, condition }], covers: [], catches: [], block: 'B' });
    expect(metadataDisagreements([info('NOT AQ-16 OR (C-44)')])).to.deep.equal([]);
    expect(metadataDisagreements([info('C-44 and NOT AQ-16')])).to.have.length(1);
  });
});

describe('list --all / --coverage', function () {
  this.timeout(60_000);

  it('--json --all: every official row of each version with implemented true/false', async () => {
    const res = await runCli(['list', '--all', '--json']);
    expect(res.code, res.stderr).to.equal(0);
    const rows = JSON.parse(res.stdout) as CatalogueRow[];
    const official = (v: string) => rows.filter((r) => r.version === v && r.official);
    expect(official('2.0.1')).to.have.length(675);
    expect(official('2.0.1').filter((r) => r.state === 'removed by errata')).to.have.length(3);
    expect(official('1.6')).to.have.length(177);
    expect(official('2.1')).to.have.length(904);
    expect(rows.every((r) => typeof r.implemented === 'boolean')).to.equal(true);
    const { cases } = await loadCatalogue();
    expect(rows.filter((r) => r.implemented)).to.have.length(cases.length);
    expect(rows.find((r) => r.key === '2.0.1/TC_B_01_CS')?.state).to.equal('implemented');
    expect(rows.find((r) => r.key === '2.1/TC_B_01_CS')?.state).to.equal('not implemented');
  });

  it('--coverage --json: implemented / total per version, role and profile', async () => {
    const res = await runCli(['list', '--coverage', '--json', '--ocpp', '2.0.1', '--sut', 'cs']);
    expect(res.code, res.stderr).to.equal(0);
    const rows = JSON.parse(res.stdout) as Array<{ profile: string; mandatory: { implemented: number; total: number } }>;
    const core = rows.find((r) => r.profile === 'Core')!;
    expect(core.mandatory.total).to.equal(104);
    const { cases } = await loadCatalogue(undefined, ['2.0.1']);
    const implementedCoreM = catalogueRows(cases, ['2.0.1']).filter((r) => r.sut === 'CS' && r.implemented && r.official && r.profiles.some((p) => p.profile === 'Core' && p.mandatory));
    expect(core.mandatory.implemented).to.equal(implementedCoreM.length).and.be.greaterThan(0);
  });
});

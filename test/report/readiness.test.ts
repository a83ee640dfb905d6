import { expect } from 'chai';
import type { CaseResult } from '../../src/engine/model.js';
import { officialCases } from '../../src/catalogue-data/official.js';
import type { OfficialCase } from '../../src/catalogue-data/types.js';
import { computeReadiness, scopeOf } from '../../src/report/readiness.js';
import { claimedVsShown } from '../../src/report/claims.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderJunit } from '../../src/report/junit.js';
import { buildResultsFromEvents } from '../../src/report/results.js';
import { fakeRunEvents } from './fake-run.js';
import { all, parseXml } from './xml.js';

const results = buildResultsFromEvents(fakeRunEvents());
const ranKeys = new Set(results.cases.map((c) => `2.0.1/${c.id}`));

function pass(id: string, profiles: CaseResult['profiles']): CaseResult {
  return { id, title: id, version: '2.0.1', sut: 'CS', sutRole: 'CS', profiles, covers: ['x'], catches: [], block: 'B', startedAt: '2025-01-01T00:00:00.000Z', durationMs: 1, steps: [], frames: [], verdict: 'PASS' };
}
const official = (id: string, mandatory = true, condition?: string): OfficialCase => ({ id, title: `title ${id}`, sut: 'CS', profiles: [{ profile: 'Core', mandatory, ...(condition ? { condition } : {}) }] });

describe('report/readiness over the official catalogue', () => {
  it('counts every official case of a claimed profile that applies, run or not: none is Ready while one is missing', () => {
    const rows = computeReadiness(results.cases, { scopes: scopeOf(results, ranKeys) });
    const security = rows.find((r) => r.profile === 'Advanced Security')!;
    // The fake run passes its one Advanced Security case; Part 5 has five mandatory ones for a station.
    const expected = officialCases('2.0.1', 'CS').filter((c) => !c.removed && !ranKeys.has(`2.0.1/${c.id}`) && c.profiles.some((p) => p.profile === 'Advanced Security' && p.mandatory));
    expect(expected.length).to.be.greaterThan(0);
    expect(security.mandatory.notCovered).to.equal(expected.length);
    expect(security.notCovered.map((u) => u.id)).to.include.members(expected.map((c) => c.id));
    expect(security.readiness).to.equal('Incomplete');
    expect(security.explanation).to.contain(`${expected.length} not covered by this version of the harness`);
    for (const r of rows) if (r.notCovered.length) expect(r.readiness, r.label).not.to.equal('Ready');
  });

  it('is Ready when every applicable case ran and passed; a missing one makes it Incomplete, naming it', () => {
    const scope = (list: OfficialCase[]) => [{ version: '2.0.1' as const, sut: 'CS' as const, claims: { profiles: ['Core'], features: ['C-13'] }, official: list, implemented: new Set(['2.0.1/TC_B_01_CS']) }];
    const ran = [pass('TC_B_01_CS', [{ profile: 'Core', mandatory: true }])];
    expect(computeReadiness(ran, { scopes: scope([official('TC_B_01_CS'), official('TC_B_21_CS', false, 'NOT C-13')]) })[0]).to.include({ readiness: 'Ready' });
    const missing = computeReadiness(ran, { scopes: scope([official('TC_B_01_CS'), official('TC_B_20_CS', false, 'C-13')]) })[0]!;
    expect(missing.readiness).to.equal('Incomplete');
    expect(missing.conditional).to.include({ notCovered: 1, total: 1 });
    expect(missing.notCovered).to.deep.equal([{ id: 'TC_B_20_CS', title: 'title TC_B_20_CS', mandatory: false }]);
    expect(missing.explanation).to.equal('1 of 2 cases that apply (1 mandatory, 1 conditional) passed; 1 not covered by this version of the harness.');
  });

  it('an implemented case the run did not select is "not run", not "not covered"; an unclaimed profile is not assessed', () => {
    const scopes = [{ version: '2.0.1' as const, sut: 'CS' as const, claims: { profiles: ['Core'], features: [] }, official: [official('TC_B_01_CS'), official('TC_B_03_CS')], implemented: new Set(['2.0.1/TC_B_01_CS', '2.0.1/TC_B_03_CS']) }];
    const rows = computeReadiness([pass('TC_B_01_CS', [{ profile: 'Core', mandatory: true }]), pass('TC_K_01_CS', [{ profile: 'Smart Charging', mandatory: true }])], { scopes });
    expect(rows.find((r) => r.profile === 'Core')!.mandatory).to.include({ passed: 1, notRun: 1, notCovered: 0 });
    expect(rows.find((r) => r.profile === 'Smart Charging')).to.include({ readiness: 'Not assessed', claimed: false });
  });

  it('compliance.csv and junit.xml show the same not-covered cases, with the reason "not implemented in ocpp-harness 0.1"', () => {
    const readiness = computeReadiness(results.cases, { scopes: scopeOf(results, ranKeys) });
    const withReadiness = { ...results, readiness };
    const uncovered = readiness.reduce((n, r) => n + r.notCovered.length, 0);
    const csvRows = renderCsv(withReadiness).split('\r\n').filter((l) => l.includes(',NOT_COVERED,'));
    expect(csvRows).to.have.length(uncovered);
    expect(csvRows[0]).to.contain('not implemented in ocpp-harness 0.1');
    const skipped = all(parseXml(renderJunit(withReadiness)), 'skipped').filter((s) => s.attrs.message!.startsWith('not implemented in ocpp-harness 0.1'));
    expect(skipped).to.have.length(uncovered);
  });

  it('claimed vs shown: each claimed profile and feature with what the run showed', () => {
    const ics = { profiles: ['Core'], features: ['C-13'] };
    const r = { ...results, ics, cases: [pass('TC_B_25_CS', [{ profile: 'Core', mandatory: false, condition: 'C-13' }])] };
    const rows = claimedVsShown({ ...r, readiness: computeReadiness(r.cases, { scopes: scopeOf(r, new Set()) }) });
    const feature = rows.find((c) => c.kind === 'feature' && c.name === 'C-13')!;
    const c13 = officialCases('2.0.1', 'CS').filter((c) => !c.removed && c.profiles.some((p) => p.profile === 'Core' && p.condition && /\bC-13\b/.test(p.condition) && !/NOT C-13/.test(p.condition)));
    expect(feature.shown.passed).to.equal(1);
    expect(feature.shown.notCovered).to.equal(c13.length - 1);
    expect(feature.summary).to.equal(c13.length === 1 ? 'shown' : 'partly shown');
    expect(rows.find((c) => c.kind === 'profile' && c.name === 'Core')).to.include({ claimed: true });
  });
});

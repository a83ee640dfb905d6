import { expect } from 'chai';
import { renderJunit } from '../../src/report/junit.js';
import { buildResultsFromEvents } from '../../src/report/results.js';
import { FAIL_REASON, HOSTILE, fakeRunEvents, runOnly } from './fake-run.js';
import { all, parseXml } from './xml.js';

describe('report/junit', () => {
  const results = runOnly(buildResultsFromEvents(fakeRunEvents()));
  const xml = renderJunit(results);
  const root = parseXml(xml);
  const suite = (name: string) => all(root, 'testsuite').find((s) => s.attrs.name === name)!;
  const testcase = (profile: string, id: string) => suite(profile).children.find((c) => c.name === 'testcase' && c.attrs.name!.startsWith(`${id} `))!;

  it('is well-formed, with one testsuite per profile and one testcase per case in each of its profiles', () => {
    expect(root.name).to.equal('testsuites');
    expect(all(root, 'testsuite').map((s) => s.attrs.name)).to.deep.equal(['Core', 'Smart Charging', 'Advanced Security']);
    expect(suite('Core').attrs).to.include({ tests: '5', failures: '1', errors: '0', skipped: '2' });
    expect(suite('Smart Charging').attrs).to.include({ tests: '2', failures: '0', errors: '1', skipped: '0' });
    expect(suite('Advanced Security').attrs).to.include({ tests: '1', failures: '0', errors: '0', skipped: '0' });
    expect(root.attrs).to.include({ tests: '8', failures: '1', errors: '1', skipped: '2' });
    expect(all(root, 'testcase')).to.have.length(8);
    expect(testcase('Core', 'TC_K_02_CS').attrs.classname).to.equal('Core');
    expect(testcase('Smart Charging', 'TC_K_02_CS').attrs.classname).to.equal('Smart Charging');
  });

  it('FAIL is a <failure> with the reason, the requirement and the offending frame', () => {
    const tc = testcase('Core', 'TC_B_02_CS');
    const failure = tc.children.find((c) => c.name === 'failure')!;
    expect(failure.attrs.message).to.equal(FAIL_REASON);
    expect(failure.attrs.type).to.equal('B01.FR.05');
    expect(failure.text).to.contain('Requirement: B01.FR.05');
    expect(failure.text).to.contain('Offending frame #0 SUT (station) -> harness (CSMS)');
    expect(failure.text).to.contain('"reason":"Triggered"');
    expect(failure.text).to.contain('finding: B01.FR.05: reason must be PowerUp after a cold boot');
    expect(tc.children.find((c) => c.name === 'system-out')!.text).to.contain('[fail] expect BootNotification with reason PowerUp');
  });

  it('ERROR is an <error>, N/A and INCONCLUSIVE are <skipped> with the reason, PASS is empty', () => {
    expect(testcase('Smart Charging', 'TC_K_01_CS').children.map((c) => c.name)).to.include('error');
    const na = testcase('Core', 'TC_C_01_CS').children.find((c) => c.name === 'skipped')!;
    expect(na.attrs.message).to.contain('NOT_APPLICABLE').and.contain('localAuthList: false');
    const inc = testcase('Core', 'TC_E_03_CS').children.find((c) => c.name === 'skipped')!;
    expect(inc.attrs.message).to.equal('INCONCLUSIVE: operator skipped "plug in the cable"');
    expect(testcase('Core', 'TC_B_01_CS').children).to.have.length(0);
  });

  it('escapes SUT text and drops characters XML cannot carry', () => {
    expect(xml).not.to.contain('<script>');
    expect(xml).not.to.contain('<img');
    const vendor = all(root, 'property').find((p) => p.attrs.name === 'sut.vendor')!;
    expect(vendor.attrs.value).to.equal(HOSTILE);
    const nasty = renderJunit({ ...results, cases: [{ ...results.cases[1]!, verdict: 'FAIL', reason: 'bell\u0007 & "quotes"\nnewline \ud800 lone', requirement: 'X' }] });
    const parsed = parseXml(nasty);
    expect(all(parsed, 'failure')[0]!.attrs.message).to.equal('bell\ufffd & "quotes"\nnewline \ufffd lone');
  });
});

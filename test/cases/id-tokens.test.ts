/**
 * Issue 12 §4c: with the CSMS under test only the idTokens the config gives are used; a case that needs
 * another is NOT_APPLICABLE naming the `ics.idTokens.<name>` field, never a FAIL of the CSMS. The
 * built-in placeholders are valid ISO14443 UIDs (8 or 14 hex characters).
 */
import { expect } from 'chai';
import { resolveConfig } from '../../src/config/config.js';
import { defaultIcs } from '../../src/config/default-ics.js';
import { CaseNotApplicable } from '../../src/domain/verdict.js';
import { runAgainstReference } from '../../src/session/reference.js';
import { idTokenFor } from '../../src/engine/id-tokens.js';

const explain = (r: { verdict?: string; reason?: string } | undefined) => `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}`;

describe('idTokens with the CSMS under test (issue 12 §4c)', function () {
  this.timeout(120_000);

  it('the built-in placeholders are ISO14443 UIDs (8 or 14 hex characters), the eMAID an eMAID (ISO 15118-2 Annex H)', () => {
    for (const [name, t] of Object.entries(defaultIcs('2.0.1', 'CSMS').idTokens)) {
      if (name === 'emaid') {
        expect(t?.type, name).to.equal('eMAID');
        expect(t?.idToken, name).to.match(/^[A-Z]{2}-?[A-Z0-9]{3}-?[A-Z0-9]{9}(-?[A-Z0-9])?$/);
      } else {
        expect(t?.idToken, name).to.match(/^([0-9A-F]{8}|[0-9A-F]{14})$/);
      }
    }
  });

  it('resolveConfig records which tokens the config gave', () => {
    const config = resolveConfig({ ics: { idTokens: { valid: { idToken: '04A2B3C4', type: 'ISO14443' }, blocked: { idToken: '04B10C00', type: 'ISO14443' } } } }, {}, { sut: 'csms' });
    expect(config.ics.idTokensGiven).to.have.members(['valid', 'blocked']);
    expect(resolveConfig({}, {}, { sut: 'csms' }).ics.idTokensGiven).to.deep.equal([]);
  });

  it('CSMS under test: a token not given is NOT_APPLICABLE naming its field; a given one is used; the station under test keeps the defaults', () => {
    const csms = { ics: resolveConfig({ ics: { idTokens: { blocked: { idToken: '04B10C00', type: 'ISO14443' } } } }, {}, { sut: 'csms' }).ics };
    expect(() => idTokenFor(csms, 'expired')).to.throw(CaseNotApplicable, /ics\.idTokens\.expired/);
    expect(() => idTokenFor(csms, 'invalid')).to.throw(CaseNotApplicable, /ics\.idTokens\.invalid/);
    expect(idTokenFor(csms, 'blocked').idToken).to.equal('04B10C00');
    const station = { ics: resolveConfig({}, {}, { sut: 'cs' }).ics };
    expect(idTokenFor(station, 'expired').idToken).to.equal(defaultIcs('2.0.1', 'CS').idTokens.expired?.idToken);
  });

  for (const [version, id, name] of [['1.6', 'TC_023_3_CSMS', 'blocked'], ['1.6', 'TC_023_2_CSMS', 'expired'], ['1.6', 'TC_023_1_CSMS', 'invalid'], ['2.0.1', 'TC_E_16_CSMS', 'invalid']] as const) {
    it(`${id}: NOT_APPLICABLE without ics.idTokens.${name}, PASS against the reference CSMS that is given it`, async () => {
      const without = await runAgainstReference({ version, sut: 'CSMS', ids: [id], operatorPace: false, ics: { idTokens: { valid: defaultIcs(version, 'CSMS').idTokens.valid } } });
      const r = without.find((c) => c.id === id);
      expect(r?.verdict, explain(r)).to.equal('NOT_APPLICABLE');
      expect(r?.reason).to.contain(`ics.idTokens.${name}`);
      const given = (await runAgainstReference({ version, sut: 'CSMS', ids: [id], operatorPace: false })).find((c) => c.id === id);
      expect(given?.verdict, explain(given)).to.equal('PASS');
    });
  }
});

/**
 * Memory / reusable states of 2.0.1 Part 6 as errata 2025-09 gives them (issue 12 §4): TC_E_16_CS executes its
 * Memory States IdTokenCached and IdTokenLocalAuthList ("(If implemented)" honoured), and
 * RenewChargingStationCertificate ends with the station reconnecting with its new certificate (6.2.122/6.2.123).
 */
import { expect } from 'chai';
import type { CaseResult } from '../../src/engine/model.js';
import { referenceIcs, runAgainstReference } from '../../src/session/reference.js';

const explain = (r: CaseResult | undefined) => `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}`;
const texts = (r: CaseResult | undefined) => (r?.steps ?? []).map((s) => s.text);
const indexOf = (steps: string[], re: RegExp) => steps.findIndex((t) => re.test(t));

describe('2.0.1 memory and reusable states (errata 2025-09)', function () {
  this.timeout(120_000);
  const base = referenceIcs('2.0.1', 'CS');

  it('TC_E_16_CS: IdTokenCached (C-49) and IdTokenLocalAuthList (Local Authorization List Management) run before the station goes offline', async () => {
    const ics = { profiles: [...(base.profiles ?? []), 'Local Authorization List Management'] };
    const r = (await runAgainstReference({ version: '2.0.1', sut: 'CS', ids: ['TC_E_16_CS'], operatorPace: false, ics })).find((c) => c.id === 'TC_E_16_CS');
    expect(r?.verdict, explain(r)).to.equal('PASS');
    const steps = texts(r);
    const offline = indexOf(steps, /^operator: goOffline|closed the connection|refus/i);
    const cached = indexOf(steps, /^operator: presentIdToken/);
    const listed = indexOf(steps, /^send SendLocalList/);
    expect(offline, steps.join('\n')).to.be.greaterThan(0);
    expect(cached, 'IdTokenCached: a session with the valid idToken').to.be.within(0, offline);
    expect(listed, 'IdTokenLocalAuthList: SendLocalList Full').to.be.within(0, offline);
  });

  it('TC_E_16_CS: without the claims, neither memory state runs ("(If implemented)")', async () => {
    const ics = {
      features: (base.features ?? []).filter((f) => f !== 'C-49'),
      profiles: (base.profiles ?? []).filter((p) => p !== 'Local Authorization List Management'),
    };
    const r = (await runAgainstReference({ version: '2.0.1', sut: 'CS', ids: ['TC_E_16_CS'], operatorPace: false, ics })).find((c) => c.id === 'TC_E_16_CS');
    const steps = texts(r);
    expect(indexOf(steps, /^send SendLocalList/), steps.join('\n')).to.equal(-1);
    // The only idToken presented is the offline one (StartOfflineTransaction).
    expect(steps.filter((t) => /^operator: presentIdToken \{/.test(t)), steps.join('\n')).to.have.length(1);
  });

  it('RenewChargingStationCertificate (TC_A_19_CS, security profile 2): the station that does not reconnect by itself is made to, and reconnects', async () => {
    const r = (await runAgainstReference({ version: '2.0.1', sut: 'CS', ids: ['TC_A_19_CS'], securityProfile: 2, operatorPace: false })).find((c) => c.id === 'TC_A_19_CS');
    expect(r?.verdict, explain(r)).to.equal('PASS');
    const steps = texts(r);
    const signed = indexOf(steps, /CertificateSigned result/);
    const forced = indexOf(steps, /connection is dropped to force it/);
    const reconnected = steps.findIndex((t, i) => i > forced && /connection attempt: connected/.test(t));
    expect(signed, steps.join('\n')).to.be.greaterThan(-1);
    expect(forced, steps.join('\n')).to.be.greaterThan(signed);
    expect(reconnected, steps.join('\n')).to.be.greaterThan(forced);
  });
});

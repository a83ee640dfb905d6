/**
 * TC_F_19_CS, errata 2025-09 6.2.59: the firmware carries <Configured invalid firmware signature>, so the update the case
 * leaves running ends at InvalidSignature in the (ungraded) cleanup; before, a validly signed image was installed (a reboot).
 */
import { expect } from 'chai';
import { runAgainstReference } from '../../src/session/reference.js';

describe('TC_F_19_CS: the firmware of the trigger case has an invalid signature (errata 2025-09 6.2.59)', function () {
  this.timeout(120_000);

  it('PASSes and the update ends without an installation (no reboot)', async () => {
    const r = (await runAgainstReference({ version: '2.0.1', sut: 'CS', ids: ['TC_F_19_CS'], operatorPace: false })).find((c) => c.id === 'TC_F_19_CS');
    expect(r?.verdict, `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}`).to.equal('PASS');
    const steps = (r?.steps ?? []).map((s) => s.text);
    expect(steps.some((t) => /BootNotification/.test(t)), steps.join('\n')).to.equal(false);
    expect(steps.filter((t) => /cleanup: letting the started update finish/.test(t)), steps.join('\n')).to.have.length.within(1, 2);
  });
});

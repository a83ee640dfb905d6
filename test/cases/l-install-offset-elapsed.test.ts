/**
 * TC_L_02_CS: InstallScheduled is owed only for an installDateTime still in the future (L01.FR.16). A download slower
 * than <Configured Install Offset Period> leaves the station free to install at once: the case is INCONCLUSIVE naming
 * the value to lengthen (it FAILed a conformant station before, seen when a loaded machine slowed the reference
 * station's download past the 3 s reference offset). A station that ignores a future installDateTime still FAILs.
 */
import { expect } from 'chai';
import { runAgainstReference } from '../../src/session/reference.js';

const run = async (options: Partial<Parameters<typeof runAgainstReference>[0]>) =>
  (await runAgainstReference({ version: '2.0.1', sut: 'CS', ids: ['TC_L_02_CS'], operatorPace: false, ...options })).find((c) => c.id === 'TC_L_02_CS');

describe('TC_L_02_CS: an install offset that elapsed before SignatureVerified (L01.FR.16)', function () {
  this.timeout(120_000);

  it('is INCONCLUSIVE naming firmwareInstallOffsetMs when the installDateTime had passed', async () => {
    const r = await run({ configured: { firmwareInstallOffsetMs: 1 } });
    expect(r?.verdict, `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}`).to.equal('INCONCLUSIVE');
    expect(r?.reason).to.match(/firmwareInstallOffsetMs/);
  });

  it('still FAILs a station that installs at once despite a future installDateTime', async () => {
    const r = await run({ faults: ['firmware-install-not-scheduled'] });
    expect(r?.verdict, `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}`).to.equal('FAIL');
  });
});

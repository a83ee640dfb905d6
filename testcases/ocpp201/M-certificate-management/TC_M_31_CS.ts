import { adviseUnless, defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { isHashOf, listInstalled } from './steps.cs.js';
import { NEW_CSMS_ROOT, OLD_CSMS_ROOT, newRootInstalled, reconnectWindowMs } from './steps.root.cs.js';

/**
 * TC_M_31_CS: with AdditionalRootCertificateCheck (AS-2) and a new CSMS root installed (the old one kept as fallback,
 * M05.FR.12), the station reconnects after a reset to the OCTT, whose certificate only the old root verifies: the
 * attempt with the new root fails, the station retries with the fallback root and connects (M05.FR.14); the old root
 * is still installed. The new root is deleted afterwards (ungraded), the old one becoming the CSMS root again.
 */
export const TC_M_31_CS = defineTestCase({
  id: 'TC_M_31_CS',
  title: 'Install CA certificate - AdditionalRootCertificateCheck - Reconnect using new CSMS Root - Fallback mechanism',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'AS-2' }],
  covers: ['M05', 'M05.FR.12', 'M05.FR.14'],
  requires: { securityProfile: [2, 3] },
  catches: ['no-root-fallback-on-reconnect'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const pki = await ctx.pki();
    const newRoot = pki.get(NEW_CSMS_ROOT).certPem;
    const oldRoot = pki.get(OLD_CSMS_ROOT).certPem;
    const windowMs = await reconnectWindowMs(ctx);
    try {
      // Memory State: CertificatesInstalled for CSMSRootCertificate and <Configured (new) CSMS Root certificate 2>.
      await newRootInstalled(ctx, newRoot);
      // Armed before the reset: the first attempt after it, and the BootNotification once the station is back.
      const first = sut.expectConnectionAttempt({ timeoutMs: windowMs, requirement: 'M05.FR.14' });
      const boot = sut.expectCall('BootNotification', { timeoutMs: windowMs, requirement: 'M05.FR.14', describe: 'after the reset (verified with the fallback CSMS root)' });
      // 1-2. ResetRequest OnIdle: Accepted.
      const reset = await sut.call('Reset', { type: 'OnIdle' });
      expect(reset.status, 'TC_M_31_CS step 2: ResetResponse status').to.equal('Accepted');
      // 3-4. The OCTT presents its certificate signed by the old root; the station, verifying with the new root, fails
      // (a note of the table, not a validation: an advisory).
      const attempt = await first;
      adviseUnless(ctx, attempt.kind === 'tlsFailed', `the first connection after the reset was ${attempt.kind}, not a failed TLS handshake: the station seems to verify the CSMS with the old root from the start`, 'M05.FR.12');
      // 5. The station re-validates with the old (fallback) root and connects. 6. Reusable State Booted
      // (the failed handshake may be reported too, InvalidCsmsCertificate (A00.FR.310), in any order).
      await bootAccepted(ctx, boot, { securityEvent: false });
      await sut.expectCall('SecurityEventNotification', {
        filter: (p) => p.type === 'StartupOfTheDevice' || p.type === 'ResetOrReboot', requirement: 'A04.FR.01', describe: '(StartupOfTheDevice or ResetOrReboot)',
      });
      // 7-8. GetInstalledCertificateIds CSMSRootCertificate: Accepted, an entry with the old CSMS root's data.
      const ids = await sut.call('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
      expect(ids.status, 'TC_M_31_CS step 8: GetInstalledCertificateIdsResponse status').to.equal('Accepted');
      expect((ids.certificateHashDataChain ?? []).some((c) => c.certificateType === 'CSMSRootCertificate' && isHashOf(c.certificateHashData, oldRoot)),
        'M05.FR.14: certificateHashDataChain has a CSMSRootCertificate entry with the old CSMS root\'s data').to.equal(true);
    } finally {
      if (sut.isConnected()) {
        const entry = (await listInstalled(ctx, ['CSMSRootCertificate']).catch(() => [])).find((c) => isHashOf(c.certificateHashData, newRoot, oldRoot));
        if (entry) await sut.callRaw('DeleteCertificate', { certificateHashData: entry.certificateHashData }).catch(() => undefined);
      }
    }
  },
});

import { defineTestCase, issueServerCertificate } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { isHashOf, listInstalled } from './steps.cs.js';
import { NEW_CSMS_ROOT, OLD_CSMS_ROOT, newRootInstalled, reconnectWindowMs } from './steps.root.cs.js';

/**
 * TC_M_30_CS (Part 6 Table 318): with AdditionalRootCertificateCheck (AS-2) and a new CSMS root installed (signed by
 * the old one, which the station keeps as fallback, M05.FR.12), the station reconnects after a reset to the OCTT, whose
 * certificate the new root signed: the connection succeeds with the new root, so the old one goes (M05.FR.13).
 * Afterwards (ungraded) the old root is the station's CSMS root again and the endpoint serves its own certificate.
 */
export const TC_M_30_CS = defineTestCase({
  id: 'TC_M_30_CS',
  title: 'Install CA certificate - AdditionalRootCertificateCheck - Reconnect using new CSMS Root - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'AS-2' }],
  covers: ['M05', 'M05.FR.13'],
  requires: { securityProfile: [2, 3] },
  catches: ['fallback-root-kept'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const pki = await ctx.pki();
    const newRoot = pki.get(NEW_CSMS_ROOT).certPem;
    const oldRoot = pki.get(OLD_CSMS_ROOT).certPem;
    const windowMs = await reconnectWindowMs(ctx);
    try {
      // Memory State: CertificatesInstalled for CSMSRootCertificate and <Configured new CSMS Root certificate 2>.
      // (Under security profile 3 the station certificate the harness's PKI issued stays valid: it chains to the old root.)
      await newRootInstalled(ctx, newRoot);
      // 3. From the next handshake on, the OCTT presents a CSMS certificate signed by the new CSMS root.
      const server = await issueServerCertificate(pki, NEW_CSMS_ROOT);
      await sut.reconfigureEndpoint({ serverPem: { cert: server.chainPem, key: server.keyPem } });
      ctx.log(`the endpoint presents a CSMS certificate issued by the new CSMS root (${NEW_CSMS_ROOT}) from the next connection on`);
      const boot = sut.expectCall('BootNotification', { timeoutMs: windowMs, requirement: 'M05.FR.13', describe: 'after the reset (verified with the new CSMS root)' });
      // 1-2. ResetRequest OnIdle: Accepted.
      const reset = await sut.call('Reset', { type: 'OnIdle' });
      expect(reset.status, 'TC_M_30_CS step 2: ResetResponse status').to.equal('Accepted');
      // 4. The station validates the CSMS certificate with the new root: the connection must succeed. 5. Reusable State Booted.
      await bootAccepted(ctx, boot, { securityEvent: false });
      await sut.expectCall('SecurityEventNotification', {
        filter: (p) => p.type === 'StartupOfTheDevice' || p.type === 'ResetOrReboot', requirement: 'A04.FR.01', describe: '(StartupOfTheDevice or ResetOrReboot)',
      });
      // 6-7. GetInstalledCertificateIds CSMSRootCertificate: Accepted, no entry with the old CSMS root's data.
      const ids = await sut.call('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
      expect(ids.status, 'TC_M_30_CS step 7: GetInstalledCertificateIdsResponse status').to.equal('Accepted');
      expect((ids.certificateHashDataChain ?? []).some((c) => c.certificateType === 'CSMSRootCertificate' && isHashOf(c.certificateHashData, oldRoot)),
        'M05.FR.13: certificateHashDataChain has no CSMSRootCertificate entry with the old CSMS root\'s data').to.equal(false);
    } finally {
      // Cleanup (ungraded): the new root deleted, the old one installed again (an AS-2 station takes a root not signed by
      // the current one only when it has none), and the endpoint back to its own certificate.
      if (sut.isConnected()) {
        const entry = (await listInstalled(ctx, ['CSMSRootCertificate']).catch(() => [])).find((c) => isHashOf(c.certificateHashData, newRoot, oldRoot));
        if (entry) await sut.callRaw('DeleteCertificate', { certificateHashData: entry.certificateHashData }).catch(() => undefined);
        const still = (await listInstalled(ctx, ['CSMSRootCertificate']).catch(() => [])).some((c) => isHashOf(c.certificateHashData, oldRoot));
        if (!still) await sut.callRaw('InstallCertificate', { certificateType: 'CSMSRootCertificate', certificate: oldRoot }).catch(() => undefined);
      }
      await sut.reconfigureEndpoint({});
    }
  },
});

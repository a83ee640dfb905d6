import { defineTestCase, type Payload } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { configure, currentValues, cv, endpoints, migrate, removeCsmsRoot, slots, type ComponentVariable } from './steps.cs.js';

// Errata 2025-09 6.2.17 applied (steps.cs.ts slots/migrate): the configured slot not in use, priority "<that slot>,<the other configured slot>".
/**
 * TC_B_47_CS. <Configured (new) CSMS Root certificate 2>, which must be signed by the configured (old) CSMS root:
 * the test PKI's `cso-sub-ca`, a CA certificate issued by `csms-root` (the old root, which signs the harness's
 * server certificate). No endpoint change is needed: the OCTT keeps presenting its certificate signed by the
 * old root, which the new root alone cannot verify.
 */
export const TC_B_47_CS = defineTestCase({
  id: 'TC_B_47_CS',
  title: 'Migrate to new ConnectionProfile - Fallback after NetworkProfileConnectionAttempts per NetworkConfigurationPriority failed - New CSMS Root - New CSMS',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'AS-2 and C-47' }],
  covers: ['B09', 'B10', 'M05', 'B10.FR.07', 'M05.FR.15', 'M05.FR.16'],
  requires: { securityProfile: [2, 3] },
  catches: ['additional-root-check-ignored'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const pki = await ctx.pki();
    const oldRoot = pki.get('csms-root').certPem;
    const newRoot = pki.get('cso-sub-ca').certPem;
    const { active, other } = endpoints(ctx);
    // Configuration State: OCPPCommCtrlr.NetworkProfileConnectionAttempts is 1 (the back-off values only size the wait).
    const vars = [cv('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), cv('OCPPCommCtrlr', 'RetryBackOffWaitMinimum'), cv('OCPPCommCtrlr', 'RetryBackOffRandomRange')];
    const before = await currentValues(ctx, vars);
    const seconds = (name: string) => Number(before.find(([v]) => v.variable.name === name)?.[1]) || 0;
    const backOffMs = (seconds('RetryBackOffWaitMinimum') + seconds('RetryBackOffRandomRange')) * 1000;
    await configure(ctx, [[vars[0] as ComponentVariable, '1']]);
    // Memory State: CertificateInstalled for certificateType CSMSRootCertificate and the new root (signed by the old one).
    const installed = await sut.call('InstallCertificate', { certificateType: 'CSMSRootCertificate', certificate: newRoot });
    expect(installed.status, 'M05.FR.12: InstallCertificateResponse status (memory state)').to.equal('Accepted');
    try {
      const slot = await slots(ctx);
      const attempt = sut.expectConnectionAttempt({ timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B10.FR.04' });
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 4 + backOffMs * 2, requirement: 'M05.FR.16' });
      // 1-6. New profile (the endpoint not in use) in the unused slot, priority to it, reset OnIdle: ResetResponse Accepted.
      await migrate(ctx, other.url, slot);
      // 7-8. The OCTT presents its certificate signed by the old root: the station, verifying with the new root, fails the handshake.
      const first = await attempt;
      expect(first.kind, 'M05.FR.15: the first attempt (new profile) fails, the server certificate is not signed by the new CSMS root').to.equal('tlsFailed');
      // 9. Back to the previous profile, verified with the (fallback) old root: succeeds. 10. Reusable State Booted
      // (the failed handshake may be reported too, InvalidCsmsCertificate (A00.FR.310), in any order).
      await bootAccepted(ctx, boot, { securityEvent: false });
      await sut.expectCall('SecurityEventNotification', {
        filter: (p) => p.type === 'StartupOfTheDevice' || p.type === 'ResetOrReboot', requirement: 'A04.FR.01', describe: '(StartupOfTheDevice or ResetOrReboot)',
      });
      expect(String(sut.connectionInfo()?.path ?? ''), 'M05.FR.16: the station went back to the previous network profile')
        .to.satisfy((p: string) => p.startsWith(active.path));
      // 11-12. GetInstalledCertificateIds for CSMSRootCertificate: Accepted, with an entry for the old root.
      const ids = await sut.call('GetInstalledCertificateIds', { certificateType: ['CSMSRootCertificate'] });
      expect(ids.status, 'M03.FR.01: GetInstalledCertificateIdsResponse status').to.equal('Accepted');
      const { X509Certificate } = await import('node:crypto');
      const norm = (v: unknown) => String(v).toLowerCase().replace(/^0+/, '');
      const serial = norm(new X509Certificate(oldRoot).serialNumber);
      const chains = (ids.certificateHashDataChain as Array<{ certificateType?: string; certificateHashData?: Payload }> | undefined) ?? [];
      expect(chains.some((c) => c.certificateType === 'CSMSRootCertificate' && norm(c.certificateHashData?.serialNumber) === serial),
        'M05.FR.16: certificateHashDataChain has a CSMSRootCertificate entry for the old CSMS root').to.equal(true);
    } finally {
      if (sut.isConnected()) await removeCsmsRoot(ctx, newRoot).catch(() => undefined);
    }
    await configure(ctx, before);
  },
});

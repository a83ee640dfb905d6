import { defineTestCase } from '../../kit.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { endpoints, migrate, removeCsmsRoot, slots } from './steps.cs.js';

// Errata 2025-09 6.2.17 applied (steps.cs.ts slots/migrate): the configured slot not in use, priority "<that slot>,<the other configured slot>".
export const TC_B_50_CS = defineTestCase({
  id: 'TC_B_50_CS',
  title: 'Migrate to new ConnectionProfile - Success - New CSMS Root - New CSMS',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B10', 'M05', 'M05.FR.13'],
  requires: { securityProfile: [2, 3] },
  catches: ['installed-root-ignored'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const pki = await ctx.pki();
    // <Configured (new) CSMS Root certificate 2>: a root of its own, with a server certificate for the harness's host.
    const newRoot = pki.get('unknown-ca').certPem;
    // Memory State: CertificateInstalled for certificateType CSMSRootCertificate and the new root.
    const installed = await sut.call('InstallCertificate', { certificateType: 'CSMSRootCertificate', certificate: newRoot });
    expect(installed.status, 'M05.FR.01: InstallCertificateResponse status (memory state)').to.equal('Accepted');
    try {
      const { other } = endpoints(ctx);
      // 7-8. The alternative endpoint presents a server certificate signed by the new CSMS root.
      await sut.reconfigureEndpoint({ serverCert: 'unknown-ca-server' });
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 4, requirement: 'B10.FR.04' });
      // 1-6. New profile in the unused slot, priority to it, reset.
      await migrate(ctx, other.url, await slots(ctx));
      // 9. Reusable State Booted, over the new endpoint.
      await bootAccepted(ctx, boot);
      expect(String(sut.connectionInfo()?.path ?? ''), 'B10.FR.04: the station connected to the new CSMS').to.satisfy((p: string) => p.startsWith(other.path));
    } finally {
      if (sut.isConnected()) await removeCsmsRoot(ctx, newRoot).catch(() => undefined);
    }
  },
});

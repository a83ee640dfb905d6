/**
 * OCTT 1.6 §2.24.2, Table 94: Invalid CentralSystemCertificate Security Event. Validations are the table's; 1.2/1.3 apply.
 * The invalid certificate is an expired one of the test PKI.
 */
import { defineTestCase } from '../../kit.js';
import { messageMs, pending } from '../_shared/states.cs.js';
import { profiles, restoringCertificate16 } from './steps.cs.js';

export const TC_078_CS = defineTestCase({
  id: 'TC_078_CS',
  title: 'Invalid CentralSystemCertificate Security Event',
  version: '1.6',
  sut: 'CS',
  profiles,
  requires: { securityProfile: [2, 3] },
  covers: ['M05.FR.06', 'A04.FR.01'],
  catches: ['install-accepts-expired', 'no-invalid-central-system-certificate-event'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const pki = await ctx.pki();
    const expired = pki.get('expired-server').certPem;
    // Should the Charge Point keep it anyway, it goes again afterwards (ungraded).
    await restoringCertificate16(ctx, 'CentralSystemRootCertificate', async () => {
      const event = pending(sut.expectCall('SecurityEventNotification', { requirement: 'A04.FR.01', timeoutMs: messageMs(ctx) * 2, filter: (p) => p.type === 'InvalidCentralSystemCertificate' }));
      // 1-2. InstallCertificate.req CentralSystemRootCertificate, an invalid/expired certificate: Rejected.
      const install = await sut.call('InstallCertificate', { certificateType: 'CentralSystemRootCertificate', certificate: expired }, { requirement: 'M05.FR.06' });
      expect(install.status, 'M05.FR.06: InstallCertificate.conf status for an invalid certificate').to.equal('Rejected');
      // 3-4. SecurityEventNotification.req type InvalidCentralSystemCertificate (the tool confirms it by default).
      await event;
    }, { pem: expired, issuerPem: pki.get('csms-root').certPem });
  },
});

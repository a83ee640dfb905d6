/** OCTT 1.6 §3.21.2, Table 185: Invalid CentralSystemCertificate Security Event. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { installCertificate16 } from './steps.csms.js';

export const TC_078_CSMS = defineTestCase({
  id: 'TC_078_CSMS',
  title: 'Invalid CentralSystemCertificate Security Event',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  requires: { securityProfile: [2, 3] },
  covers: ['A04', 'A04.FR.03', 'M05'],
  catches: ['ignores-security-event'],
  async run(ctx) {
    // Manual action; 1-2. InstallCertificate.req CentralSystemRootCertificate, the configured certificate: the tool rejects any (Rejected).
    await installCertificate16(ctx, 'CentralSystemRootCertificate', 'Rejected', 'TC_078_CSMS step 1');
    // 3-4. SecurityEventNotification.req InvalidCentralSystemCertificate; the Central System answers.
    await ctx.sut.call('SecurityEventNotification', { type: 'InvalidCentralSystemCertificate', timestamp: ctx.sut.now() }, { requirement: 'A04.FR.03' });
  },
});

/**
 * OCTT 1.6 §3.21.2, Table 184: Invalid ChargePointCertificate Security Event. Validations are the table's; 1.2/1.3 apply.
 * The tool rejects the certificate whatever it is; the Central System must then answer the security event.
 */
import { defineTestCase } from '../../kit.js';
import { renewChargePointCertificate } from './steps.csms.js';

export const TC_077_CSMS = defineTestCase({
  id: 'TC_077_CSMS',
  title: 'Invalid ChargePointCertificate Security Event',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  requires: { securityProfile: [3] },
  covers: ['A02', 'A04', 'A04.FR.03'],
  catches: ['ignores-security-event', 'trigger-wrong-message'],
  async run(ctx) {
    // 1-6. ExtendedTriggerMessage, SignCertificate (Accepted), CertificateSigned: the tool answers Rejected.
    await renewChargePointCertificate(ctx, 'Rejected', 'TC_077_CSMS');
    // 7-8. SecurityEventNotification.req InvalidChargePointCertificate; the Central System answers.
    await ctx.sut.call('SecurityEventNotification', { type: 'InvalidChargePointCertificate', timestamp: ctx.sut.now() }, { requirement: 'A04.FR.03' });
  },
});

/**
 * OCTT 1.6 §2.24.2, Table 93: Invalid ChargePointCertificate Security Event. Validations are the table's; 1.2/1.3 apply.
 * The invalid certificate is one for the Charge Point's new key, signed outside the Central System root hierarchy.
 */
import { defineTestCase } from '../../kit.js';
import { messageMs, pending } from '../_shared/states.cs.js';
import { cpoNameConfigured, profiles, signedChain16, triggeredSignCertificate16 } from './steps.cs.js';

export const TC_077_CS = defineTestCase({
  id: 'TC_077_CS',
  title: 'Invalid ChargePointCertificate Security Event',
  version: '1.6',
  sut: 'CS',
  profiles,
  requires: { securityProfile: [3] },
  covers: ['A02.FR.06', 'A02.FR.07', 'A04.FR.01'],
  catches: ['certificate-hierarchy-not-checked', 'no-invalid-charge-point-certificate-event'],
  async run(ctx) {
    const { sut, expect } = ctx;
    await cpoNameConfigured(ctx);
    // 1-4. ExtendedTriggerMessage.req SignChargePointCertificate (Accepted); SignCertificate.req (Accepted).
    const csr = await triggeredSignCertificate16(ctx);
    // 5. CertificateSigned.req with an invalid certificate.
    const { chainPem } = await signedChain16(ctx, csr, 'unknown-ca');
    const event = pending(sut.expectCall('SecurityEventNotification', { requirement: 'A02.FR.07', timeoutMs: messageMs(ctx) * 2, filter: (p) => p.type === 'InvalidChargePointCertificate' }));
    const res = await sut.call('CertificateSigned', { certificateChain: chainPem }, { requirement: 'A02.FR.07' });
    // 6. CertificateSigned.conf Rejected.
    expect(res.status, 'A02.FR.07: CertificateSigned.conf status for an invalid certificate').to.equal('Rejected');
    // 7-8. SecurityEventNotification.req type InvalidChargePointCertificate (the tool confirms it by default).
    await event;
  },
});

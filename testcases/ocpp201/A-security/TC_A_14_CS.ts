import { defineTestCase } from '../../kit.js';
import { signedChain, triggeredSignCertificate } from '../_shared/certificates.cs.js';

export const TC_A_14_CS = defineTestCase({
  id: 'TC_A_14_CS',
  title: 'Update Charging Station Certificate by request of CSMS - Invalid certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Security'],
  covers: ['A02', 'A02.FR.07', 'A03.FR.07'],
  requires: { securityProfile: [3] },
  catches: ['certificate-hierarchy-not-checked'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1-4. TriggerMessageRequest SignChargingStationCertificate (Accepted); SignCertificateRequest (Accepted).
    const sign = await triggeredSignCertificate(ctx, 'ChargingStationCertificate');
    // 5. CertificateSignedRequest with an invalid certificate: for the station's new key, issued outside the CSO hierarchy.
    const { chainPem } = await signedChain(ctx, String(sign.payload.csr), 'unknown-ca');
    const res = await sut.call('CertificateSigned', { certificateChain: chainPem, certificateType: 'ChargingStationCertificate' });
    // 6. CertificateSignedResponse Rejected.
    expect(res.status, 'A02.FR.07: CertificateSignedResponse status for a certificate outside the CSO hierarchy').to.equal('Rejected');
    // 7-8. SecurityEventNotificationRequest type InvalidChargingStationCertificate.
    await sut.expectCall('SecurityEventNotification', {
      filter: (p) => p.type === 'InvalidChargingStationCertificate', requirement: 'A02.FR.07', describe: '(InvalidChargingStationCertificate)',
    });
  },
});

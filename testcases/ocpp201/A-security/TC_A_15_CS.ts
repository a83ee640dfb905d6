import { defineTestCase } from '../../kit.js';
import { triggeredSignCertificate } from '../_shared/certificates.cs.js';

export const TC_A_15_CS = defineTestCase({
  id: 'TC_A_15_CS',
  title: 'Update Charging Station Certificate by request of CSMS - SignCertificateRequest Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Security'],
  covers: ['A02'],
  requires: { securityProfile: [3] },
  catches: ['trigger-not-sent'],
  async run(ctx) {
    // 1-2. TriggerMessageRequest SignChargingStationCertificate: Accepted; 3-4. SignCertificateRequest, answered Rejected.
    await triggeredSignCertificate(ctx, 'ChargingStationCertificate', { status: 'Rejected' });
  },
});

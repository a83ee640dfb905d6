import { defineTestCase } from '../../kit.js';
import { renewChargingStationCertificate } from '../_shared/states.csms.js';

export const TC_A_12_CSMS = defineTestCase({
  id: 'TC_A_12_CSMS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - V2G Certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['A02', 'F06', 'A02.FR.11', 'F06.FR.01'],
  catches: ['trigger-wrong-message'],
  async run(ctx) {
    // 1-6. TriggerMessage SignV2GCertificate, SignCertificate with a V2G CSR (Accepted), CertificateSigned (Accepted).
    await renewChargingStationCertificate(ctx, { requestedMessage: 'SignV2GCertificate' });
  },
});

import { defineTestCase } from '../../kit.js';
import { renewChargingStationCertificate } from '../_shared/states.csms.js';

export const TC_A_14_CSMS = defineTestCase({
  id: 'TC_A_14_CSMS',
  title: 'Update Charging Station Certificate by request of CSMS - Invalid certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Security'],
  covers: ['A02'],
  requires: { securityProfile: [3] },
  catches: ['trigger-wrong-message', 'ignores-security-event'],
  async run(ctx) {
    // 1-6. TriggerMessage SignChargingStationCertificate, SignCertificate (Accepted), CertificateSigned: the station rejects it.
    await renewChargingStationCertificate(ctx, { answer: 'Rejected', checkChain: false });
    // 7-8 (errata 2024-09). SecurityEventNotification InvalidChargingStationCertificate; the CSMS responds.
    await ctx.sut.call('SecurityEventNotification', { type: 'InvalidChargingStationCertificate', timestamp: ctx.sut.now() }, { requirement: 'A04.FR.03' });
  },
});

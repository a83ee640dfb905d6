import { defineTestCase } from '../../kit.js';
import { renewStationCertificate } from '../_shared/certificates.cs.js';

// --- A02 Update Charging Station Certificate by request of CSMS ---------------------------------------------

export const TC_A_11_CS = defineTestCase({
  id: 'TC_A_11_CS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - Charging Station Certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Security'],
  covers: ['A02', 'F06', 'A02.FR.02', 'A02.FR.03', 'A02.FR.06', 'A02.FR.08', 'A02.FR.09', 'F06.FR.04', 'F06.FR.05', 'F06.FR.10'],
  requires: { securityProfile: [3] },
  catches: ['certificate-signed-not-used', 'trigger-not-sent'],
  async run(ctx) {
    // 1. Execute Reusable State RenewChargingStationCertificate for certificateType ChargingStationCertificate: with
    // errata 2025-09 6.2.122/6.2.123 it ends with the station reconnecting with the new certificate (A02.FR.08/09).
    await renewStationCertificate(ctx, 'ChargingStationCertificate');
  },
});

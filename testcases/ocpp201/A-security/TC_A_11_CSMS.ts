import { defineTestCase } from '../../kit.js';
import { acceptedConnection, renewChargingStationCertificate } from '../_shared/states.csms.js';

// --- Update Charging Station Certificate by request of CSMS -------------------------------------------

export const TC_A_11_CSMS = defineTestCase({
  id: 'TC_A_11_CSMS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - Charging Station Certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Security'],
  covers: ['A02', 'F06', 'A02.FR.11', 'A02.FR.14', 'F06.FR.01'],
  requires: { securityProfile: [3] },
  catches: ['certificate-signed-wrong-ca', 'trigger-wrong-message'],
  async run(ctx) {
    // 1. Execute Memory State RenewChargingStationCertificate.
    const renewed = await renewChargingStationCertificate(ctx);
    // 2-3 (errata 2024-09). The OCTT reconnects with the new certificate; the CSMS accepts the connection.
    // Post scenario (errata 2025-04): the OCTT and the CSMS are connected.
    await acceptedConnection(ctx, { tls: { cert: renewed.chainPem, key: renewed.keyPem } }, 'with the new charging station certificate', 'A00.FR.403');
  },
});

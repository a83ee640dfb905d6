import { defineTestCase } from '../../kit.js';
import { onlineCase, PNC_PROFILE } from './steps.iso15118.cs.js';

export const TC_C_52_CS = defineTestCase({
  id: 'TC_C_52_CS',
  title: 'Authorization using Contract Certificates 15118 - Online - Central contract certificate validation - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: PNC_PROFILE, condition: 'ISO-5' }], // Part 5: central contract validation supported
  covers: ['C07', 'C07.FR.01', 'C07.FR.02', 'C07.FR.06'],
  catches: ['pnc-central-certificate-missing'],
  async run(ctx) {
    // Prerequisite: the MO root that validates the contract certificate is NOT installed. Before (errata 2025-02/04):
    // CentralContractValidationAllowed true, PnCEnabled true; V2G root (re)installed; EVConnectedPreSession.
    // 1-2. AuthorizationRequest (eMAID, certificate), Accepted / Accepted; 3-4. Authorized (when due); 5. EnergyTransferStarted.
    await onlineCase(ctx, { central: true, answer: { status: 'Accepted', certificateStatus: 'Accepted' } });
  },
});

import { defineTestCase } from '../../kit.js';
import { onlineCase, PNC_PROFILE } from './steps.iso15118.cs.js';

export const TC_C_53_CS = defineTestCase({
  id: 'TC_C_53_CS',
  title: 'Authorization using Contract Certificates 15118 - Online - Central contract validation fails',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: PNC_PROFILE, condition: 'ISO-5' }], // Part 5: central contract validation supported
  covers: ['C07', 'C07.FR.06'],
  catches: ['pnc-central-certificate-missing', 'authorize-status-ignored'],
  async run(ctx) {
    // Prerequisite: the MO root that validates the contract certificate is NOT installed. Before (errata 2025-02/04):
    // CentralContractValidationAllowed true, PnCEnabled true; V2G root (re)installed; EVConnectedPreSession.
    // 1-2. AuthorizationRequest (eMAID, certificate), Invalid / CertificateRevoked. Post scenario: no Authorized / Charging.
    await onlineCase(ctx, { central: true, answer: { status: 'Invalid', certificateStatus: 'CertificateRevoked' } });
  },
});

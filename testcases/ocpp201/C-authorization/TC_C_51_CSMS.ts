import { defineTestCase } from '../../kit.js';
import { idTokenStatus } from '../_shared/charging-session.csms.js';
import { evConnectedPreSession } from '../_shared/states.csms.js';
import { authorizeContract, contractSetup, presentedToken } from './steps.iso15118.csms.js';

export const TC_C_51_CSMS = defineTestCase({
  id: 'TC_C_51_CSMS',
  title: 'Authorization using Contract Certificates 15118 - Online - Local contract certificate validation - Rejected',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['C07', 'C07.FR.05', 'C07.FR.16'],
  catches: ['contract-ocsp-skipped', 'contract-revocation-ignored'],
  async run(ctx) {
    const { expect } = ctx;
    // Before: State EVConnectedPreSession. Prerequisite: the contract certificate is revoked (at the OCTT's OCSP service).
    await evConnectedPreSession(ctx);
    const setup = await contractSetup(ctx, presentedToken(ctx, 'valid'), true);
    try {
      // 1. AuthorizationRequest with the chain's iso15118CertificateHashData; 2-3. the CSMS asks the OCSP service (revoked).
      const answer = await authorizeContract(ctx, setup, 'hashData');
      // 4. AuthorizationResponse. Part 6 edition 3 prints no tool validation row for this table; the requirement it
      // names, C07.FR.16, is what the response must show: certificateStatus CertificateRevoked, idTokenInfo.status Invalid.
      expect(answer.certificateStatus, 'C07.FR.16: AuthorizeResponse certificateStatus for a revoked contract certificate').to.equal('CertificateRevoked');
      expect(idTokenStatus(answer), 'C07.FR.16: AuthorizeResponse idTokenInfo.status for a revoked contract certificate').to.equal('Invalid');
    } finally {
      await setup.server.close();
    }
  },
});

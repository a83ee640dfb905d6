import { defineTestCase } from '../../kit.js';
import { acceptedContractSession } from './steps.iso15118.csms.js';

export const TC_C_50_CSMS = defineTestCase({
  id: 'TC_C_50_CSMS',
  title: 'Authorization using Contract Certificates 15118 - Online - Local contract certificate validation - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['C07', 'C07.FR.04', 'C07.FR.05', 'C07.FR.14'],
  catches: ['contract-ocsp-skipped'],
  async run(ctx) {
    // Before: EVConnectedPreSession; 1. AuthorizationRequest with the <Configured eMAID> (type eMAID, errata 2024-11)
    // and iso15118CertificateHashData of the contract chain;
    // 2-3. OCSP request and answer (good); 4. Accepted, certificateStatus Accepted; 5-6. TransactionEvent Authorized Accepted.
    await acceptedContractSession(ctx, 'hashData', 'emaid');
  },
});

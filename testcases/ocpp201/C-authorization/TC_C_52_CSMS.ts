import { defineTestCase } from '../../kit.js';
import { acceptedContractSession } from './steps.iso15118.csms.js';

// Errata 2025-09 6.3.8 and 6.3.9 applied: the contract certificate is the harness's own (src/pki/contract.ts), ECDSA P-256,
// issued by the MO Sub-CA that its chain carries; step 2-3 checks the CSMS's OCSP request names it.
export const TC_C_52_CSMS = defineTestCase({
  id: 'TC_C_52_CSMS',
  title: 'Authorization using Contract Certificates 15118 - Online - Central contract certificate validation - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['C07', 'C07.FR.04', 'C07.FR.05', 'C07.FR.14'],
  catches: ['contract-ocsp-skipped', 'contract-certificate-ignored'],
  async run(ctx) {
    // Before: EVConnectedPreSession; 1. AuthorizationRequest without iso15118CertificateHashData, certificate the
    // contract chain (PEM); 2-3. the CSMS computes the hash data, asks the responder of the certificate (good);
    // 4. Accepted, certificateStatus Accepted; 5-6. TransactionEvent Authorized Accepted; EnergyTransferStarted.
    await acceptedContractSession(ctx, 'certificate', 'valid');
  },
});

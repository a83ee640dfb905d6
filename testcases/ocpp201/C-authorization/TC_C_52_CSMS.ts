import { defineTestCase } from '../../kit.js';
import { acceptedContractSession } from './steps.iso15118.csms.js';

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

/** ISO 15118 Plug & Charge (C07 contract authorization, M01/M02 EV certificates): the reference CSMS's faults, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'contract-ocsp-skipped', versions: V201, requirement: 'C07.FR.05 (Part 6 TC_C_50_CSMS / TC_C_52_CSMS step 2: the CSMS sends an OCSP request)',
    description: 'Answers an Authorize with a contract certificate certificateStatus Accepted without asking the OCSP responder.' },
  { name: 'contract-revocation-ignored', versions: V201, requirement: 'C07.FR.16 (TC_C_51_CSMS: certificateStatus CertificateRevoked, idTokenInfo.status Invalid)',
    description: 'Asks the OCSP responder, but answers a revoked contract certificate as Accepted with the eMAID\'s own status.' },
  { name: 'contract-certificate-ignored', versions: V201, requirement: 'C07.FR.05 (TC_C_52_CSMS step 2: the CSMS computes the hash data of the certificate it was given and asks its OCSP responder)',
    description: 'Given the contract certificate (no iso15118CertificateHashData), does not check it and answers without certificateStatus.' },
  { name: 'ev-certificate-install-failed', versions: V201, requirement: 'M01.FR.01 (TC_M_26_CSMS step 2: status Accepted with the exiResponse)',
    description: 'Answers Get15118EVCertificate action Install with status Failed (no CertificateInstallationRes).' },
  { name: 'ev-certificate-update-failed', versions: V201, requirement: 'M02.FR.01 (TC_M_28_CSMS step 2: status Accepted with the exiResponse)',
    description: 'Answers Get15118EVCertificate action Update with status Failed (no CertificateUpdateRes).' },
]);

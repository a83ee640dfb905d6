/** M Certificate management: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'install-certificate-not-pem', versions: V201, requirement: 'Part 6 Reusable State CertificateInstalled (CSMS) step 1 (certificate is the configured certificate, PEM encoded: InstallCertificateRequest.certificate)',
    description: 'InstallCertificateRequest carries the certificate as bare base64 DER, without the PEM armour.' },
  { name: 'install-type-ignored', versions: V201, requirement: 'Part 6 Reusable State CertificateInstalled (CSMS) step 1 (certificateType is the specified one)',
    description: 'InstallCertificateRequest names CSMSRootCertificate whatever certificateType it was asked to install.' },
  { name: 'installed-ids-type-ignored', versions: V201, requirement: 'Part 6 Reusable State GetInstalledCertificates (CSMS) step 1 (certificateType is the specified one)',
    description: 'GetInstalledCertificateIdsRequest leaves out the certificateType it was asked for (asks for all types).' },
  { name: 'installed-ids-type-always', versions: V201, requirement: 'Part 6 TC_M_18_CSMS step 1 (certificateType omitted)',
    description: 'GetInstalledCertificateIdsRequest always names CSMSRootCertificate, also when all types were asked for.' },
  { name: 'certificate-status-not-ocsp', versions: V201, requirement: 'Part 6 TC_M_24_CSMS step 2 (ocspResult: an RFC 6960 OCSPResponse, DER and base64 encoded); M06',
    description: 'Answers GetCertificateStatus Accepted with the base64 OCSP request it made instead of the responder\'s OCSPResponse.' },
]);

/** M Certificate management: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, V16, V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'install-certificate-not-pem', versions: BOTH, requirement: 'Part 6 Reusable State CertificateInstalled (CSMS) step 1 (certificate is the configured certificate, PEM encoded: InstallCertificateRequest.certificate); 1.6: TC_075_1/075_2_CSMS step 1',
    description: 'InstallCertificateRequest carries the certificate as bare base64 DER, without the PEM armour.' },
  { name: 'install-type-ignored', versions: BOTH, requirement: 'Part 6 Reusable State CertificateInstalled (CSMS) step 1 (certificateType is the specified one); 1.6: TC_075_1_CSMS step 1',
    description: 'InstallCertificateRequest names the CSMS root type (CSMSRootCertificate; 1.6: CentralSystemRootCertificate) whatever certificateType it was asked to install.' },
  { name: 'installed-ids-type-ignored', versions: V201, requirement: 'Part 6 Reusable State GetInstalledCertificates (CSMS) step 1 (certificateType is the specified one)',
    description: 'GetInstalledCertificateIdsRequest leaves out the certificateType it was asked for (asks for all types).' },
  { name: 'installed-ids-type-always', versions: BOTH, requirement: 'Part 6 TC_M_18_CSMS step 1 (certificateType omitted); 1.6: TC_075_1_CSMS step 3 (certificateType ManufacturerRootCertificate)',
    description: 'GetInstalledCertificateIdsRequest always names the CSMS root type (CSMSRootCertificate, also when all types were asked for; 1.6: CentralSystemRootCertificate whatever type was asked).' },
  { name: 'certificate-status-not-ocsp', versions: V201, requirement: 'Part 6 TC_M_24_CSMS step 2 (ocspResult: an RFC 6960 OCSPResponse, DER and base64 encoded); M06',
    description: 'Answers GetCertificateStatus Accepted with the base64 OCSP request it made instead of the responder\'s OCSPResponse.' },
  { name: 'delete-own-hash-data', versions: V201, requirement: 'Part 6 TC_M_20_CSMS step 4 (certificateHashData is the one returned at step 3) / TC_M_21_CSMS step 3; M04.FR.01',
    description: 'DeleteCertificateRequest names the CSMS root by hash data the CSMS computed itself (SHA512 of the certificate it installed) instead of the hash data the station listed.' },
  { name: 'delete-hash-algorithm-changed', versions: V16, requirement: '1.6 security whitepaper, TC_076_CSMS step 3 (hashAlgorithm equal to the one GetInstalledCertificateIds.conf returned)',
    description: 'DeleteCertificate.req names another hashAlgorithm than the Charge Point listed the certificate with (the hashes unchanged).' },
]);

/** M Certificate management: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, V16, V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'install-not-stored', versions: BOTH, requirement: 'M05.FR.02',
    description: 'Answers an InstallCertificate Accepted but does not store the certificate (GetInstalledCertificateIds does not list it).' },
  { name: 'install-accepts-expired', versions: BOTH, requirement: 'M05.FR.07 (1.6 whitepaper M05.FR.06, TC_078_CS step 2)',
    description: 'Answers an InstallCertificate for an expired (invalid) certificate Accepted instead of Rejected.' },
  { name: 'installed-ids-wrong-hash', versions: BOTH, requirement: 'M03.FR.04',
    description: 'GetInstalledCertificateIds reports an issuerKeyHash that is not the hash of the issuer\'s key bits (RFC 6960 CertID): the right value hashed once more.' },
  { name: 'installed-ids-empty-accepted', versions: V201, requirement: 'M03.FR.02',
    description: 'GetInstalledCertificateIds answers Accepted with no hash data instead of NotFound when no certificate of the type is installed.' },
  { name: 'delete-not-done', versions: BOTH, requirement: 'M04.FR.02',
    description: 'Answers a DeleteCertificate for an installed certificate Accepted but keeps the certificate.' },
  { name: 'delete-unknown-accepted', versions: V201, requirement: 'M04.FR.04',
    description: 'Answers a DeleteCertificate for a certificate it does not have Accepted instead of NotFound.' },
  { name: 'station-certificate-deletable', versions: V201, requirement: 'M04.FR.06',
    description: 'Answers a DeleteCertificate for its own ChargingStationCertificate Accepted instead of Failed.' },
  { name: 'v2g-chain-no-children', versions: V201, requirement: 'M03.FR.05',
    description: 'GetInstalledCertificateIds lists the V2G certificate chain without childCertificateHashData for its sub-CAs.' },
  { name: 'certificate-status-not-requested', versions: V201, requirement: 'M06.FR.07 (Part 6 TC_M_24_CS / TC_M_25_CS step 1)',
    description: 'Installs a new V2G certificate but never sends a GetCertificateStatusRequest for it or its sub-CAs.' },
  { name: 'certificate-status-leaf-only', versions: V201, requirement: 'M06.FR.07 (also for the intermediate certificates; errata 2025-09 6.2.85, TC_M_24_CS)',
    description: 'After a new V2G certificate, sends a GetCertificateStatusRequest for the leaf only, none for its sub-CAs.' },
  // 1.6 security whitepaper (certificate-management-16.ts).
  { name: 'no-invalid-central-system-certificate-event', versions: V16, requirement: '1.6 security whitepaper, TC_078_CS step 3 (SecurityEventNotification InvalidCentralSystemCertificate)',
    description: 'Rejects an invalid CentralSystemRootCertificate but sends no InvalidCentralSystemCertificate security event.' },
  { name: 'no-invalid-charge-point-certificate-event', versions: V16, requirement: '1.6 security whitepaper, TC_077_CS step 7 (SecurityEventNotification InvalidChargePointCertificate)',
    description: 'Rejects an invalid signed ChargePointCertificate but sends no InvalidChargePointCertificate security event.' },
]);

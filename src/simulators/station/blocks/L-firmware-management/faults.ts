/** L Firmware management: the reference charging station's switchable faults, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'firmware-unsigned-accepted', versions: V201, requirement: 'L01.FR.09/L01.FR.21 (an UpdateFirmware without signing certificate and signature is not accepted: Rejected or InvalidCertificate)',
    description: 'Answers Accepted to an UpdateFirmwareRequest that carries neither signingCertificate nor signature (and does nothing further).' },
  { name: 'firmware-invalid-certificate-accepted', versions: V201, requirement: 'L01.FR.22 (a signing certificate that does not verify against an installed ManufacturerRootCertificate: InvalidCertificate)',
    description: 'Answers Accepted to an UpdateFirmwareRequest whose signing certificate does not verify (it still reports the security event).' },
  { name: 'firmware-invalid-certificate-no-event', versions: V201, requirement: 'L01.FR.02 (SecurityEventNotification InvalidFirmwareSigningCertificate)',
    description: 'Answers InvalidCertificate but sends no SecurityEventNotification InvalidFirmwareSigningCertificate.' },
  { name: 'firmware-bad-signature-installed', versions: V201, requirement: 'L01.FR.04/L01.FR.03 (a signature that does not verify: InvalidSignature, never installed)',
    description: 'Does not check the firmware signature: reports SignatureVerified and installs an image whose signature is bad.' },
  { name: 'firmware-invalid-signature-no-event', versions: V201, requirement: 'L01.FR.03 (SecurityEventNotification InvalidFirmwareSignature)',
    description: 'Reports InvalidSignature but sends no SecurityEventNotification InvalidFirmwareSignature.' },
  { name: 'firmware-downloaded-skipped', versions: V201, requirement: 'L01.FR.01 (a FirmwareStatusNotification for every state: Downloaded)',
    description: 'Goes from Downloading to SignatureVerified without reporting Downloaded.' },
  { name: 'firmware-download-failure-silent', versions: V201, requirement: 'L01.FR.30 (DownloadFailed after the last retry)',
    description: 'Gives up a download that failed every retry without sending DownloadFailed.' },
  { name: 'firmware-download-not-scheduled', versions: V201, requirement: 'L01.FR.13 (retrieveDateTime in the future: DownloadScheduled, download then)',
    description: 'Downloads at once, ignoring a retrieveDateTime in the future (no DownloadScheduled).' },
  { name: 'firmware-install-not-scheduled', versions: V201, requirement: 'L01.FR.16 (installDateTime in the future: InstallScheduled, install then)',
    description: 'Installs at once after SignatureVerified, ignoring an installDateTime in the future (no InstallScheduled).' },
  { name: 'firmware-no-updated-event', versions: V201, requirement: 'L01.FR.31 (SecurityEventNotification FirmwareUpdated after Installed)',
    description: 'Reports Installed but sends no SecurityEventNotification FirmwareUpdated.' },
]);

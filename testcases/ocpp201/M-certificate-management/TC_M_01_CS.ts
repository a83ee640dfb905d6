import { defineTestCase } from '../../kit.js';
import { certificateInstalled } from '../_shared/certificates.cs.js';
import { configuredCertificate, getInstalledCertificates, restoringCertificates } from './steps.cs.js';

/**
 * TC_M_01_CS: InstallCertificate for a CSMSRootCertificate, then GetInstalledCertificateIds lists it (M05.FR.01/02, M03).
 * Step 1 note: a station with AdditionalRootCertificateCheck (AS-2) gets a root signed by its old one (steps.cs.ts).
 * The certificate is deleted again afterwards when the station did not hold it before (ungraded).
 */
export const TC_M_01_CS = defineTestCase({
  id: 'TC_M_01_CS',
  title: 'Install CA certificate - CSMSRootCertificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['M05', 'M05.FR.01', 'M05.FR.02', 'M03.FR.03', 'M03.FR.04'],
  requires: { securityProfile: [2, 3] },
  catches: ['install-not-stored'],
  async run(ctx) {
    const cert = await configuredCertificate(ctx, 'CSMSRootCertificate');
    await restoringCertificates(ctx, ['CSMSRootCertificate'], async () => {
      // 1. Reusable State CertificateInstalled for CSMSRootCertificate: InstallCertificateResponse Accepted.
      await certificateInstalled(ctx, 'CSMSRootCertificate', cert.pem);
      // 2. Reusable State GetInstalledCertificates for CSMSRootCertificate: Accepted, the certificate's hash data listed.
      await getInstalledCertificates(ctx, ['CSMSRootCertificate'], [{ type: 'CSMSRootCertificate', ...cert }]);
    });
  },
});

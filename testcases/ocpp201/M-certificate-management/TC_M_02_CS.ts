import { defineTestCase } from '../../kit.js';
import { certificateInstalled } from '../_shared/certificates.cs.js';
import { configuredCertificate, getInstalledCertificates, restoringCertificates } from './steps.cs.js';

/**
 * TC_M_02_CS: InstallCertificate for a ManufacturerRootCertificate, then GetInstalledCertificateIds lists it (M05.FR.01/02, M03).
 * The certificate is deleted again afterwards when the station did not hold it before (ungraded).
 */
export const TC_M_02_CS = defineTestCase({
  id: 'TC_M_02_CS',
  title: 'Install CA certificate - ManufacturerRootCertificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['M05', 'M05.FR.01', 'M05.FR.02', 'M03.FR.03', 'M03.FR.04'],
  catches: ['install-not-stored'],
  async run(ctx) {
    const cert = await configuredCertificate(ctx, 'ManufacturerRootCertificate');
    await restoringCertificates(ctx, ['ManufacturerRootCertificate'], async () => {
      // 1. Reusable State CertificateInstalled for ManufacturerRootCertificate: InstallCertificateResponse Accepted.
      await certificateInstalled(ctx, 'ManufacturerRootCertificate', cert.pem);
      // 2. Reusable State GetInstalledCertificates for ManufacturerRootCertificate: Accepted, the certificate's hash data listed.
      await getInstalledCertificates(ctx, ['ManufacturerRootCertificate'], [{ type: 'ManufacturerRootCertificate', ...cert }]);
    });
  },
});

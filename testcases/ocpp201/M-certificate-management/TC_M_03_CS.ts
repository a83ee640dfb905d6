import { defineTestCase } from '../../kit.js';
import { certificateInstalled } from '../_shared/certificates.cs.js';
import { configuredCertificate, getInstalledCertificates, restoringCertificates } from './steps.cs.js';

/**
 * TC_M_03_CS: InstallCertificate for a V2GRootCertificate, then GetInstalledCertificateIds lists it (M05.FR.01/02, M03).
 * The certificate is deleted again afterwards when the station did not hold it before (ungraded).
 */
export const TC_M_03_CS = defineTestCase({
  id: 'TC_M_03_CS',
  title: 'Install CA certificate - V2GRootCertificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['M05', 'M05.FR.01', 'M05.FR.02', 'M03.FR.03', 'M03.FR.04'],
  catches: ['install-not-stored'],
  async run(ctx) {
    const cert = await configuredCertificate(ctx, 'V2GRootCertificate');
    await restoringCertificates(ctx, ['V2GRootCertificate'], async () => {
      // 1. Reusable State CertificateInstalled for V2GRootCertificate: InstallCertificateResponse Accepted.
      await certificateInstalled(ctx, 'V2GRootCertificate', cert.pem);
      // 2. Reusable State GetInstalledCertificates for V2GRootCertificate: Accepted, the certificate's hash data listed.
      await getInstalledCertificates(ctx, ['V2GRootCertificate'], [{ type: 'V2GRootCertificate', ...cert }]);
    });
  },
});

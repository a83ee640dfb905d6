import { defineTestCase } from '../../kit.js';
import { configuredCertificate, getInstalledCertificates, installedForCase, restoringCertificates } from './steps.cs.js';

/**
 * TC_M_13_CS: Memory State CertificateInstalled for ManufacturerRootCertificate (established, not graded), then the station
 * lists the hash data of what is installed (M03.FR.01/03/04). What the case installed is deleted afterwards.
 */
export const TC_M_13_CS = defineTestCase({
  id: 'TC_M_13_CS',
  title: 'Retrieve certificates from Charging Station - ManufacturerRootCertificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['M03', 'M03.FR.01', 'M03.FR.03', 'M03.FR.04'],
  catches: ['installed-ids-wrong-hash'],
  async run(ctx) {
    const certs = await Promise.all((['ManufacturerRootCertificate'] as const).map(async (type) => ({ type, ...(await configuredCertificate(ctx, type)) })));
    await restoringCertificates(ctx, ['ManufacturerRootCertificate'], async () => {
      // Memory State: CertificateInstalled for ManufacturerRootCertificate.
      for (const c of certs) await installedForCase(ctx, c.type, c.pem);
      // 1. Reusable State GetInstalledCertificates for ManufacturerRootCertificate: Accepted, each configured certificate's hash data listed.
      await getInstalledCertificates(ctx, ['ManufacturerRootCertificate'], certs);
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { configuredCertificate, getInstalledCertificates, installedForCase, restoringCertificates } from './steps.cs.js';

/**
 * TC_M_16_CS: Memory State CertificateInstalled for MORootCertificate (established, not graded), then the station
 * lists the hash data of what is installed (M03.FR.01/03/04). What the case installed is deleted afterwards.
 */
export const TC_M_16_CS = defineTestCase({
  id: 'TC_M_16_CS',
  title: 'Retrieve certificates from Charging Station - MORootCertificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['M03', 'M03.FR.01', 'M03.FR.03', 'M03.FR.04'],
  catches: ['installed-ids-wrong-hash'],
  async run(ctx) {
    const certs = await Promise.all((['MORootCertificate'] as const).map(async (type) => ({ type, ...(await configuredCertificate(ctx, type)) })));
    await restoringCertificates(ctx, ['MORootCertificate'], async () => {
      // Memory State: CertificateInstalled for MORootCertificate.
      for (const c of certs) await installedForCase(ctx, c.type, c.pem);
      // 1. Reusable State GetInstalledCertificates for MORootCertificate: Accepted, each configured certificate's hash data listed.
      await getInstalledCertificates(ctx, ['MORootCertificate'], certs);
    });
  },
});

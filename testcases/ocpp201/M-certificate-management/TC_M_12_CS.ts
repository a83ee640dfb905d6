import { defineTestCase } from '../../kit.js';
import { configuredCertificate, getInstalledCertificates, installedForCase, restoringCertificates } from './steps.cs.js';

/**
 * TC_M_12_CS: Memory State CertificateInstalled for CSMSRootCertificate (established, not graded), then the station
 * lists the hash data of what is installed (M03.FR.01/03/04). What the case installed is deleted afterwards.
 */
export const TC_M_12_CS = defineTestCase({
  id: 'TC_M_12_CS',
  title: 'Retrieve certificates from Charging Station - CSMSRootCertificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['M03', 'M03.FR.01', 'M03.FR.03', 'M03.FR.04'],
  requires: { securityProfile: [2, 3] },
  catches: ['installed-ids-wrong-hash'],
  async run(ctx) {
    const certs = await Promise.all((['CSMSRootCertificate'] as const).map(async (type) => ({ type, ...(await configuredCertificate(ctx, type)) })));
    await restoringCertificates(ctx, ['CSMSRootCertificate'], async () => {
      // Memory State: CertificateInstalled for CSMSRootCertificate.
      for (const c of certs) await installedForCase(ctx, c.type, c.pem);
      // 1. Reusable State GetInstalledCertificates for CSMSRootCertificate: Accepted, each configured certificate's hash data listed.
      await getInstalledCertificates(ctx, ['CSMSRootCertificate'], certs);
    });
  },
});

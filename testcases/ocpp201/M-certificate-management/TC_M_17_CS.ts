import { defineTestCase } from '../../kit.js';
import { configuredCertificate, getInstalledCertificates, installedForCase, restoringCertificates } from './steps.cs.js';

/**
 * TC_M_17_CS: Memory State CertificateInstalled for CSMSRootCertificate AND ManufacturerRootCertificate (established, not graded), then the station
 * lists the hash data of what is installed (M03.FR.01/03/04). What the case installed is deleted afterwards.
 */
export const TC_M_17_CS = defineTestCase({
  id: 'TC_M_17_CS',
  title: 'Retrieve certificates from Charging Station - CSMSRootCertificate & ManufacturerRootCertificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['M03', 'M03.FR.01', 'M03.FR.03', 'M03.FR.04'],
  requires: { securityProfile: [2, 3] },
  catches: ['installed-ids-wrong-hash'],
  async run(ctx) {
    const certs = await Promise.all((['CSMSRootCertificate', 'ManufacturerRootCertificate'] as const).map(async (type) => ({ type, ...(await configuredCertificate(ctx, type)) })));
    await restoringCertificates(ctx, ['CSMSRootCertificate', 'ManufacturerRootCertificate'], async () => {
      // Memory State: CertificateInstalled for CSMSRootCertificate AND ManufacturerRootCertificate.
      for (const c of certs) await installedForCase(ctx, c.type, c.pem);
      // 1. Reusable State GetInstalledCertificates for CSMSRootCertificate AND ManufacturerRootCertificate: Accepted, each configured certificate's hash data listed.
      await getInstalledCertificates(ctx, ['CSMSRootCertificate', 'ManufacturerRootCertificate'], certs);
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { getInstalledCertificates } from './steps.csms.js';

/**
 * TC_M_12_CSMS: the CSMS retrieves the CSMSRootCertificates three times; the OCTT answers with hash data in SHA256,
 * SHA384 and SHA512 (M03.FR.01). Part 5 lists TC_M_12 for the station side only; the case belongs to block M (Core).
 */
export const TC_M_12_CSMS = defineTestCase({
  id: 'TC_M_12_CSMS',
  title: 'Retrieve certificates from Charging Station - CSMSRootCertificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['M03', 'M03.FR.01'],
  catches: ['installed-ids-type-ignored'],
  async run(ctx) {
    // 1-3. Reusable State GetInstalledCertificates for CSMSRootCertificate, answered with SHA256, SHA384, SHA512 hash data.
    for (const algorithm of ['SHA256', 'SHA384', 'SHA512'] as const) {
      ctx.log(`GetInstalledCertificates, answered with ${algorithm} hash data`);
      await getInstalledCertificates(ctx, ['CSMSRootCertificate'], true, algorithm);
    }
  },
});

import { defineTestCase } from '../../kit.js';
import { getInstalledCertificates } from './steps.csms.js';

/** TC_M_16_CSMS: the CSMS asks GetInstalledCertificateIds for ['MORootCertificate']; the OCTT lists the configured one (M03). */
export const TC_M_16_CSMS = defineTestCase({
  id: 'TC_M_16_CSMS',
  title: 'Retrieve certificates from Charging Station - MORootCertificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['M03', 'M03.FR.01'],
  catches: ['installed-ids-type-ignored'],
  async run(ctx) {
    // Manual Action; 1-2. GetInstalledCertificateIdsRequest and the OCTT's answer.
    await getInstalledCertificates(ctx, ['MORootCertificate']);
  },
});

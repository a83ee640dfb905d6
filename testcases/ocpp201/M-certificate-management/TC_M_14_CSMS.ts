import { defineTestCase } from '../../kit.js';
import { getInstalledCertificates } from './steps.csms.js';

/** TC_M_14_CSMS: the CSMS asks GetInstalledCertificateIds for ['V2GRootCertificate']; the OCTT lists the configured one (M03). */
export const TC_M_14_CSMS = defineTestCase({
  id: 'TC_M_14_CSMS',
  title: 'Retrieve certificates from Charging Station - V2GRootCertificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['M03', 'M03.FR.01'],
  catches: ['installed-ids-type-ignored'],
  async run(ctx) {
    // Manual Action; 1-2. GetInstalledCertificateIdsRequest and the OCTT's answer.
    await getInstalledCertificates(ctx, ['V2GRootCertificate']);
  },
});

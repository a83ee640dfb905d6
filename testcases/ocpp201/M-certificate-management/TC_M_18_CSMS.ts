import { defineTestCase } from '../../kit.js';
import { getInstalledCertificates } from './steps.csms.js';

/** TC_M_18_CSMS: the CSMS asks GetInstalledCertificateIds without certificateType; the OCTT lists all its configured certificates (M03). */
export const TC_M_18_CSMS = defineTestCase({
  id: 'TC_M_18_CSMS',
  title: 'Retrieve certificates from Charging Station - All certificateTypes',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['M03', 'M03.FR.01'],
  catches: ['installed-ids-type-always'],
  async run(ctx) {
    // Manual Action; 1-2. GetInstalledCertificateIdsRequest and the OCTT's answer.
    await getInstalledCertificates(ctx, undefined);
  },
});

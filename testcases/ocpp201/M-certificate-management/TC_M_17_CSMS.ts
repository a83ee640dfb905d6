import { defineTestCase } from '../../kit.js';
import { getInstalledCertificates } from './steps.csms.js';

/**
 * TC_M_17_CSMS: the CSMS retrieves the CSMSRootCertificates and ManufacturerRootCertificates in one request (M03.FR.01).
 * Part 5 lists TC_M_17 for the station side only; the case belongs to block M (Core).
 */
export const TC_M_17_CSMS = defineTestCase({
  id: 'TC_M_17_CSMS',
  title: 'Retrieve certificates from Charging Station - CSMSRootCertificate & ManufacturerRootCertificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['M03', 'M03.FR.01'],
  catches: ['installed-ids-type-ignored'],
  async run(ctx) {
    // 1. Reusable State GetInstalledCertificates for certificateType CSMSRootCertificate AND ManufacturerRootCertificate.
    await getInstalledCertificates(ctx, ['CSMSRootCertificate', 'ManufacturerRootCertificate']);
  },
});

import { defineTestCase } from '../../kit.js';
import { getInstalledCertificates } from './steps.csms.js';

/**
 * TC_M_15_CSMS: the CSMS retrieves the V2GCertificateChain; the OCTT lists the configured SECC certificate with its
 * two CPO sub-CAs as childCertificateHashData (M03.FR.01, M03.FR.05).
 */
export const TC_M_15_CSMS = defineTestCase({
  id: 'TC_M_15_CSMS',
  title: 'Retrieve certificates from Charging Station - V2GCertificateChain',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['M03', 'M03.FR.01', 'M03.FR.05'],
  catches: ['installed-ids-type-ignored'],
  async run(ctx) {
    // 1. Reusable State GetInstalledCertificates for certificateType V2GCertificateChain.
    await getInstalledCertificates(ctx, ['V2GCertificateChain']);
  },
});

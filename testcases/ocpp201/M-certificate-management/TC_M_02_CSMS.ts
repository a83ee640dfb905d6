import { defineTestCase } from '../../kit.js';
import { certificateInstalled } from './steps.csms.js';

/** TC_M_02_CSMS: the CSMS installs the configured ManufacturerRootCertificate (M05; Reusable State CertificateInstalled). */
export const TC_M_02_CSMS = defineTestCase({
  id: 'TC_M_02_CSMS',
  title: 'Install CA certificate - ManufacturerRootCertificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['M05', 'M05.FR.01'],
  catches: ['install-certificate-not-pem', 'install-type-ignored'],
  async run(ctx) {
    // 1. Reusable State CertificateInstalled for certificateType ManufacturerRootCertificate.
    await certificateInstalled(ctx, 'ManufacturerRootCertificate');
  },
});

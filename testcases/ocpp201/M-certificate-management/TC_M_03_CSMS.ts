import { defineTestCase } from '../../kit.js';
import { certificateInstalled } from './steps.csms.js';

/** TC_M_03_CSMS: the CSMS installs the configured V2GRootCertificate (M05; Reusable State CertificateInstalled). */
export const TC_M_03_CSMS = defineTestCase({
  id: 'TC_M_03_CSMS',
  title: 'Install CA certificate - V2GRootCertificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['M05', 'M05.FR.01'],
  catches: ['install-certificate-not-pem', 'install-type-ignored'],
  async run(ctx) {
    // 1. Reusable State CertificateInstalled for certificateType V2GRootCertificate.
    await certificateInstalled(ctx, 'V2GRootCertificate');
  },
});

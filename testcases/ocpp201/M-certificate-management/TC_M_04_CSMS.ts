import { defineTestCase } from '../../kit.js';
import { certificateInstalled } from './steps.csms.js';

/** TC_M_04_CSMS: the CSMS installs the configured MORootCertificate (M05; Reusable State CertificateInstalled). */
export const TC_M_04_CSMS = defineTestCase({
  id: 'TC_M_04_CSMS',
  title: 'Install CA certificate - MORootCertificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['M05', 'M05.FR.01'],
  catches: ['install-certificate-not-pem', 'install-type-ignored'],
  async run(ctx) {
    // 1. Reusable State CertificateInstalled for certificateType MORootCertificate.
    await certificateInstalled(ctx, 'MORootCertificate');
  },
});

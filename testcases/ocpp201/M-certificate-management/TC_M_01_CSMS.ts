import { defineTestCase } from '../../kit.js';
import { certificateInstalled } from './steps.csms.js';

/** TC_M_01_CSMS: the CSMS installs the configured CSMSRootCertificate (M05; Reusable State CertificateInstalled). */
export const TC_M_01_CSMS = defineTestCase({
  id: 'TC_M_01_CSMS',
  title: 'Install CA certificate - CSMSRootCertificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['M05', 'M05.FR.01'],
  catches: ['install-certificate-not-pem'],
  async run(ctx) {
    // 1. Reusable State CertificateInstalled for certificateType CSMSRootCertificate.
    await certificateInstalled(ctx, 'CSMSRootCertificate');
  },
});

import { defineTestCase } from '../../kit.js';
import { evCertificateRequest } from './steps.iso15118.csms.js';

export const TC_M_26_CSMS = defineTestCase({
  id: 'TC_M_26_CSMS',
  title: 'Certificate Installation EV - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['M01', 'M01.FR.01'],
  catches: ['ev-certificate-install-failed'],
  async run(ctx) {
    // 1. Get15118EVCertificateRequest, action Install; 2. Tool validation: status Accepted, exiResponse base64.
    await evCertificateRequest(ctx, 'Install', 'M01.FR.01');
  },
});

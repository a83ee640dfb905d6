import { defineTestCase } from '../../kit.js';
import { evCertificateRequest } from './steps.iso15118.csms.js';

export const TC_M_28_CSMS = defineTestCase({
  id: 'TC_M_28_CSMS',
  title: 'Certificate Update EV - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['M02', 'M02.FR.01'],
  catches: ['ev-certificate-update-failed'],
  async run(ctx) {
    // 1. Get15118EVCertificateRequest, action Update; 2. Tool validation: status Accepted, exiResponse base64.
    await evCertificateRequest(ctx, 'Update', 'M02.FR.01');
  },
});

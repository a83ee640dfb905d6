import { defineTestCase } from '../../kit.js';
import { evCertificateCase } from './steps.iso15118.cs.js';

export const TC_M_29_CS = defineTestCase({
  id: 'TC_M_29_CS',
  title: 'Certificate Update EV - Failed',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['M02'],
  catches: ['ev-certificate-action-swapped', 'ev-certificate-failed-authorizes'],
  async run(ctx) {
    // Before: PnC EV set to update its certificate; V2G and MO roots installed; EVConnectedPreSession.
    // 1. Get15118EVCertificateRequest, action Update; 2. Failed; 3. no AuthorizationRequest.
    await evCertificateCase(ctx, { action: 'Update', answer: 'Failed', requirement: 'M02.FR.01' });
  },
});

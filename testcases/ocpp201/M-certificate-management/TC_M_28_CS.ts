import { defineTestCase } from '../../kit.js';
import { evCertificateCase } from './steps.iso15118.cs.js';

export const TC_M_28_CS = defineTestCase({
  id: 'TC_M_28_CS',
  title: 'Certificate Update EV - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['M02', 'M02.FR.01'],
  catches: ['ev-certificate-action-swapped'],
  async run(ctx) {
    // Before: PnC EV set to update its certificate; V2G and MO roots installed; EVConnectedPreSession.
    // 1. Get15118EVCertificateRequest, action Update; 2. Accepted; 3-4. AuthorizationRequest, Accepted.
    await evCertificateCase(ctx, { action: 'Update', answer: 'Accepted', requirement: 'M02.FR.01' });
  },
});

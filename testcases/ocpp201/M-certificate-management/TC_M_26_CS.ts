import { defineTestCase } from '../../kit.js';
import { evCertificateCase } from './steps.iso15118.cs.js';

export const TC_M_26_CS = defineTestCase({
  id: 'TC_M_26_CS',
  title: 'Certificate Installation EV - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['M01', 'M01.FR.01'],
  catches: ['ev-certificate-action-swapped'],
  async run(ctx) {
    // Before: PnC EV set to install its certificate; V2G and MO roots installed; EVConnectedPreSession.
    // 1. Get15118EVCertificateRequest, action Install; 2. Accepted; 3-4. AuthorizationRequest, Accepted.
    await evCertificateCase(ctx, { action: 'Install', answer: 'Accepted', requirement: 'M01.FR.01' });
  },
});

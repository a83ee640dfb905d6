import { defineTestCase } from '../../kit.js';
import { customerInformation } from './steps.csms.js';

export const TC_N_29_CSMS = defineTestCase({
  id: 'TC_N_29_CSMS',
  title: 'Get Customer Information - Not Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['N09', 'N09.FR.01'],
  catches: ['customer-info-report-flipped', 'customer-info-wrong-customer'],
  async run(ctx) {
    // 1. CustomerInformationRequest (validated: report true, idToken <Configured valid_idtoken_...>), 2. Rejected.
    await customerInformation(ctx, { report: true, clear: false, answer: 'Rejected' }, 'N09.FR.01');
  },
});

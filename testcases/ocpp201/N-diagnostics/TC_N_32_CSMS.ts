import { defineTestCase } from '../../kit.js';
import { customerInformation } from './steps.csms.js';

export const TC_N_32_CSMS = defineTestCase({
  id: 'TC_N_32_CSMS',
  title: 'Clear Customer Information - Clear and no report',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['N10', 'N10.FR.08'],
  catches: ['customer-info-report-flipped', 'customer-info-clear-ignored', 'customer-info-wrong-customer', 'notify-customer-information-unhandled'],
  async run(ctx) {
    // 1. CustomerInformationRequest (validated: report false, clear true, idToken <Configured valid_idtoken_...>), 2. Accepted, 3-4. NotifyCustomerInformation (the data is cleared).
    await customerInformation(ctx, { report: false, clear: true, answer: 'Accepted', data: 'customer information cleared' }, 'N10.FR.08');
  },
});

import { defineTestCase } from '../../kit.js';
import { customerInformation } from './steps.csms.js';

export const TC_N_28_CSMS = defineTestCase({
  id: 'TC_N_28_CSMS',
  title: 'Get Customer Information - Accepted + no data',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['N09', 'N09.FR.01', 'N09.FR.04'],
  catches: ['customer-info-report-flipped', 'customer-info-wrong-customer', 'notify-customer-information-unhandled'],
  async run(ctx) {
    // 1. CustomerInformationRequest (validated: report true, idToken <Configured valid_idtoken_...>), 2. Accepted, 3-4. NotifyCustomerInformation without data.
    await customerInformation(ctx, { report: true, clear: false, answer: 'Accepted' }, 'N09.FR.01');
  },
});

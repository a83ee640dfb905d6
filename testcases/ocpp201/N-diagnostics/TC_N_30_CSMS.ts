import { defineTestCase } from '../../kit.js';
import { customerInformation } from './steps.csms.js';

export const TC_N_30_CSMS = defineTestCase({
  id: 'TC_N_30_CSMS',
  title: 'Clear Customer Information - Clear and report + data',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['N10', 'N10.FR.08'],
  catches: ['customer-info-report-flipped', 'customer-info-clear-ignored', 'customer-info-wrong-customer', 'notify-customer-information-unhandled'],
  async run(ctx) {
    // 1. CustomerInformationRequest (validated: report true, clear true, idToken <Configured valid_idtoken_...>), 2. Accepted, 3-4. NotifyCustomerInformation with data.
    await customerInformation(ctx, { report: true, clear: true, answer: 'Accepted', data: 'idToken seen in 1 transaction, cached' }, 'N10.FR.08');
  },
});

import { defineTestCase } from '../../kit.js';
import { customerInformation } from './steps.cs.js';

export const TC_N_32_CS = defineTestCase({
  id: 'TC_N_32_CS',
  title: 'Clear Customer Information - Clear and no report',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['N10', 'N10.FR.01', 'N10.FR.06'],
  catches: ['customer-info-no-notify'],
  async run(ctx) {
    // 1-2. CustomerInformationRequest report false, clear true, idToken <Configured valid idToken fields>: Accepted (validated).
    // 3-4. NotifyCustomerInformationRequest (post scenario: a message that the data is cleared).
    await customerInformation(ctx, { report: false, clear: true }, 'N10.FR.06');
  },
});

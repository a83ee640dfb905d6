import { defineTestCase } from '../../kit.js';
import { customerInformation, noCustomerData } from './steps.cs.js';

export const TC_N_31_CS = defineTestCase({
  id: 'TC_N_31_CS',
  title: 'Clear Customer Information - Clear and report + no data',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: '(C-30 or C-31 or C-34) and (Local Authorization List Management or C-49)' }],
  covers: ['N10', 'N10.FR.01', 'N10.FR.04'],
  catches: ['customer-info-no-notify'],
  async run(ctx) {
    // Prerequisite: the station has no customer information of the idToken (established, not graded).
    await noCustomerData(ctx);
    // 1-2. CustomerInformationRequest report true, clear true, idToken: Accepted (validated).
    // 3-4. NotifyCustomerInformationRequest (post scenario: a message that no data was found).
    await customerInformation(ctx, { report: true, clear: true }, 'N10.FR.04');
  },
});

import { defineTestCase } from '../../kit.js';
import { customerInformation, noCustomerData } from './steps.cs.js';

export const TC_N_28_CS = defineTestCase({
  id: 'TC_N_28_CS',
  title: 'Get Customer Information - Accepted + no data',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: '(C-30 or C-31 or C-34) and (Local Authorization List Management or C-49)' }],
  covers: ['N09', 'N09.FR.02', 'N09.FR.06'],
  catches: ['customer-info-no-notify'],
  async run(ctx) {
    // Memory State: the CSMS requests the CS to clear the customer information of the idToken (not graded).
    await noCustomerData(ctx);
    // 1-2. CustomerInformationRequest report true, idToken: Accepted (validated). 3-4. NotifyCustomerInformationRequest:
    // tbc not true (validated: one message, N09.FR.06; post scenario: it says that no data was found).
    const { parts } = await customerInformation(ctx, { report: true, clear: false }, 'N09.FR.06');
    ctx.expect(parts, 'N09.FR.06: one NotifyCustomerInformationRequest (tbc not true)').to.equal(1);
  },
});

import { adviseUnless, defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { CUSTOMER_DATA_CONFIGURATION, customerInformation, noCustomerData } from './steps.cs.js';

export const TC_N_30_CS = defineTestCase({
  id: 'TC_N_30_CS',
  title: 'Clear Customer Information - Clear and report + data',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: '(C-30 or C-31 or C-34) and (Local Authorization List Management or C-49)' }],
  covers: ['N10', 'N10.FR.01', 'N10.FR.03'],
  catches: ['customer-info-data-withheld', 'customer-info-clear-ignored'],
  advises: ['customer-info-clear-ignored'],
  async run(ctx) {
    // Configuration State and Memory State IdTokenCached, as TC_N_27_CS.
    await transactionCase(ctx, { configuration: CUSTOMER_DATA_CONFIGURATION }, async () => {
      try {
        await establishIdTokenCached(ctx);
        // 1-2. report true, clear true: Accepted (validated). 3-4. NotifyCustomerInformationRequest: data not empty (validated).
        const first = await customerInformation(ctx, { report: true, clear: true }, 'N10.FR.03');
        ctx.expect(first.data, 'N10.FR.03: NotifyCustomerInformationRequest data not empty').to.not.equal('');
        // 5-6. report true again: Accepted. 7-8. NotifyCustomerInformationRequest: tbc not true (validated: one message).
        const second = await customerInformation(ctx, { report: true, clear: false }, 'N10.FR.03');
        ctx.expect(second.parts, 'N10.FR.03: one NotifyCustomerInformationRequest after the clear (tbc not true)').to.equal(1);
        // Beyond Part 6: the cleared data is gone. The station keeps its Local Authorization List (the CSMS's to update, N10).
        adviseUnless(ctx, !second.data.includes('cache'), `after the clear the station still reports cached data of the customer: ${second.data}`, 'N10.FR.03');
      } finally {
        await noCustomerData(ctx);
      }
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { CUSTOMER_DATA_CONFIGURATION, customerInformation, noCustomerData } from './steps.cs.js';

export const TC_N_27_CS = defineTestCase({
  id: 'TC_N_27_CS',
  title: 'Get Customer Information - Accepted + data',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: '(C-30 or C-31 or C-34) and (Local Authorization List Management or C-49)' }],
  covers: ['N09', 'N09.FR.02', 'N09.FR.05'],
  catches: ['customer-info-data-withheld'],
  async run(ctx) {
    // Configuration State: LocalAuthListCtrlr.Enabled, AuthCtrlr.LocalPreAuthorize, AuthCacheCtrlr.Enabled true (put back after).
    await transactionCase(ctx, { configuration: CUSTOMER_DATA_CONFIGURATION }, async () => {
      try {
        // Memory State: IdTokenCached for the configured valid idToken (its session is the Charging State's local authorization).
        await establishIdTokenCached(ctx);
        // 1-2. CustomerInformationRequest report true, idToken: Accepted (validated). 3-4. NotifyCustomerInformationRequest: data not empty (validated).
        const { data } = await customerInformation(ctx, { report: true, clear: false }, 'N09.FR.05');
        ctx.expect(data, 'N09.FR.05: NotifyCustomerInformationRequest data not empty').to.not.equal('');
      } finally {
        // Cleanup, not graded: the customer's data is cleared again.
        await noCustomerData(ctx);
      }
    });
  },
});

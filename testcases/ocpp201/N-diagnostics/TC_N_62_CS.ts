import { defineTestCase } from '../../kit.js';
import { configuredText } from '../_shared/configured.js';
import { customerInformation } from './steps.cs.js';

// N10 Clear Customer Information - Clear and report - customerIdentifier (Part 6 Table 366).
export const TC_N_62_CS = defineTestCase({
  id: 'TC_N_62_CS',
  title: 'Clear Customer Information - Clear and report - customerIdentifier',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-14' }],
  covers: ['N10', 'N10.FR.01', 'N10.FR.03'],
  catches: ['customer-info-data-withheld', 'customer-info-clear-ignored'],
  async run(ctx) {
    const { expect, operator } = ctx;
    const customerIdentifier = configuredText(ctx, 'customerIdentifier');
    const who = { customerIdentifier };
    // Memory State: the tester stores <Configured customerIdentifiers> at the station.
    await operator.do('storeCustomerData', { customerIdentifier });
    // 1-2. report true, clear true: Accepted (validated). 3-4. NotifyCustomerInformationRequest: data not empty (validated).
    const first = await customerInformation(ctx, { report: true, clear: true, who }, 'N10.FR.03');
    expect(first.data, 'N10.FR.03: NotifyCustomerInformationRequest data not empty').to.not.equal('');
    // 5-6. report true, clear false: Accepted (validated). 7-8. NotifyCustomerInformationRequest: data empty (validated: cleared).
    const second = await customerInformation(ctx, { report: true, clear: false, who }, 'N10.FR.03');
    expect(second.data, 'N10.FR.03: NotifyCustomerInformationRequest data empty after the clear').to.equal('');
  },
});

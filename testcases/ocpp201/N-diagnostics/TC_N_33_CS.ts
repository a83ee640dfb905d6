import { defineTestCase } from '../../kit.js';
import { refusedCustomerInformation } from './steps.refusal.cs.js';

// N10 Clear Customer Information - Invalid (Part 6 Table 368). Not listed in Part 5 for the station; implemented per
// Part 6 with the profile of its use case (N10: Core).
export const TC_N_33_CS = defineTestCase({
  id: 'TC_N_33_CS',
  title: 'Clear Customer Information - Invalid',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['N10', 'N10.FR.05'],
  catches: ['customer-info-refusal-accepted'],
  async run(ctx) {
    await refusedCustomerInformation(ctx, { report: true, clear: true }, 'N10.FR.05');
  },
});

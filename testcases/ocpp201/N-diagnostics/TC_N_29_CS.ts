import { defineTestCase } from '../../kit.js';
import { refusedCustomerInformation } from './steps.refusal.cs.js';

// N09 Get Customer Information - Not Accepted (Part 6 Table 362). Not listed in Part 5 for the station; implemented per
// Part 6 with the profile of its use case (N09: Core).
export const TC_N_29_CS = defineTestCase({
  id: 'TC_N_29_CS',
  title: 'Get Customer Information - Not Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['N09', 'N09.FR.03'],
  catches: ['customer-info-refusal-accepted'],
  async run(ctx) {
    await refusedCustomerInformation(ctx, { report: true, clear: false }, 'N09.FR.03');
  },
});

import { defineTestCase } from '../../kit.js';
import { customerInformation } from './steps.csms.js';
import { listUpdateTaken, listWithCustomer } from './steps.locallist.csms.js';

// N10 Clear Customer Information - Update Local Authorization List (Part 6 Table 670).
export const TC_N_46_CSMS = defineTestCase({
  id: 'TC_N_46_CSMS',
  title: 'Clear Customer Information - Update Local Authorization List',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Local Authorization List Management'],
  covers: ['N10', 'N10.FR.02', 'N10.FR.08', 'D01.FR.01', 'D01.FR.06', 'D01.FR.18'],
  catches: ['clear-customer-local-list-not-updated', 'clear-customer-local-list-full', 'customer-info-report-flipped', 'customer-info-clear-ignored', 'customer-info-wrong-customer'],
  async run(ctx) {
    const { expect } = ctx;
    // Memory State: a Local Authorization List with the customer (<Configured valid_idtoken>) is installed.
    const version = await listWithCustomer(ctx);
    // 1. CustomerInformationRequest (validated: report true, clear true, idToken <Configured valid_idtoken_...>), 2. Accepted, 3-4. NotifyCustomerInformation.
    await customerInformation(ctx, { report: true, clear: true, answer: 'Accepted', data: 'idToken seen in 1 transaction, cached' }, 'N10.FR.08');
    // 5. The CSMS sends SendLocalListRequest (N10.FR.02), 6. Accepted.
    const { payload } = await listUpdateTaken(ctx, version);
    expect(payload.updateType, 'N10.FR.02: SendLocalListRequest updateType').to.equal('Differential');
    expect(payload.versionNumber, `N10.FR.02: SendLocalListRequest versionNumber above the installed ${version}`).to.be.above(version);
    expect((payload.localAuthorizationList ?? []).length, 'N10.FR.02: SendLocalListRequest localAuthorizationList not empty').to.be.above(0);
  },
});

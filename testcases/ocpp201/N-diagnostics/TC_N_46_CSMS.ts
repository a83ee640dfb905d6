import { defineTestCase, idTokenFor } from '../../kit.js';
import { customerInformation } from './steps.csms.js';
import { listUpdateTaken, listWithCustomer } from './steps.locallist.csms.js';

// N10 Clear Customer Information - Update Local Authorization List (Part 6 Table 670). Errata 2025-09 6.3.23 applied (step 5:
// Differential removal or a Full list without the idToken); 6.3.24 (the manual actions name <Configured valid_idtoken_...>, matched).
export const TC_N_46_CSMS = defineTestCase({
  id: 'TC_N_46_CSMS',
  title: 'Clear Customer Information - Update Local Authorization List',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Local Authorization List Management'],
  covers: ['N10', 'N10.FR.02', 'N10.FR.08', 'D01.FR.01', 'D01.FR.06', 'D01.FR.18'],
  catches: ['clear-customer-local-list-not-updated', 'clear-customer-local-list-full', 'clear-customer-local-list-readded', 'customer-info-report-flipped', 'customer-info-clear-ignored', 'customer-info-wrong-customer'],
  async run(ctx) {
    const { expect } = ctx;
    // Memory State: a Local Authorization List with the customer (<Configured valid_idtoken>) is installed.
    const version = await listWithCustomer(ctx);
    // 1. CustomerInformationRequest (validated: report true, clear true, idToken <Configured valid_idtoken_...>), 2. Accepted, 3-4. NotifyCustomerInformation.
    await customerInformation(ctx, { report: true, clear: true, answer: 'Accepted', data: 'idToken seen in 1 transaction, cached' }, 'N10.FR.08');
    // 5. The CSMS sends SendLocalListRequest (N10.FR.02), 6. Accepted.
    const { payload } = await listUpdateTaken(ctx, version);
    // Errata 2025-09 6.3.23: Differential, a bigger versionNumber, only the customer's idToken without idTokenInfo (its
    // removal); OR Full without the customer's idToken.
    const token = idTokenFor(ctx, 'valid');
    const list = payload.localAuthorizationList ?? [];
    const isToken = (e: (typeof list)[number]) => e.idToken.idToken === token.idToken && e.idToken.type === token.type;
    expect(payload.updateType, 'N10.FR.02: SendLocalListRequest updateType').to.be.oneOf(['Differential', 'Full']);
    if (payload.updateType === 'Differential') {
      expect(payload.versionNumber, `N10.FR.02: SendLocalListRequest versionNumber above the installed ${version}`).to.be.above(version);
      expect(list.length === 1 && isToken(list[0]!) && list[0]!.idTokenInfo === undefined,
        `N10.FR.02: Differential SendLocalListRequest localAuthorizationList holds only <Configured valid_idtoken> without idTokenInfo (got ${JSON.stringify(list)})`).to.equal(true);
    } else {
      expect(list.some(isToken), 'N10.FR.02: Full SendLocalListRequest localAuthorizationList does not contain <Configured valid_idtoken>').to.equal(false);
    }
  },
});

import { defineTestCase } from '../../kit.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { LOCAL_LIST, localListCase, localListEnabled, localPreAuthorize, postAuthorize, tokenOf } from './steps.local-list.js';

// Errata 2025-09 6.2.22 applied: prerequisite LocalAuthListCtrlr.Available and an authorization method other than
// NoAuthorization or Central (the Local Authorization List Management profile; text only).
// C14 Online authorization through the Local Authorization List: an Invalid entry the CSMS accepts starts charging (Part 6 Table 87).
export const TC_C_31_CS = defineTestCase({
  id: 'TC_C_31_CS', title: 'Online authorization through local authorization list - Invalid & Accepted', version: '2.0.1', sut: 'CS',
  profiles: [LOCAL_LIST], covers: ['C14', 'C14.FR.03'], catches: ['local-list-not-post-authorized'],
  async run(ctx) {
    const token = tokenOf(ctx, 'invalid');
    // Before: LocalAuthListEnabled, LocalPreAuthorize true, LocalAuthListDisablePostAuthorize false (If implemented);
    // Memory State: a known invalid idToken in the Local Authorization List.
    await localListCase(ctx, [localListEnabled, localPreAuthorize, postAuthorize], [{ token, status: 'Invalid' }], async () => {
      // 1. Reusable State Authorized, presenting the invalid idToken (the OCTT accepts its AuthorizeRequest).
      await authorized(ctx, { token });
      // 2-3. Reusable States EVConnectedPreSession and EnergyTransferStarted (post scenario: energy is transferred).
      await evConnectedPreSession(ctx);
      await energyTransferStarted(ctx);
    });
  },
});

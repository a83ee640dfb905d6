import { adviseUnless, defineTestCase } from '../../kit.js';
import { energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { authorizeSentFor, LOCAL_LIST, localListCase, localListEnabled, localPreAuthorize, presentListedToken, tokenOf } from './steps.local-list.js';

// Errata 2025-09 6.2.22 applied: prerequisite LocalAuthListCtrlr.Available and an authorization method other than
// NoAuthorization or Central (the Local Authorization List Management profile; text only).
// C14 Online authorization through the Local Authorization List: an Accepted entry starts at once (Part 6 Table 82).
export const TC_C_27_CS = defineTestCase({
  id: 'TC_C_27_CS', title: 'Online authorization through local authorization list - Accepted', version: '2.0.1', sut: 'CS',
  profiles: [LOCAL_LIST], covers: ['C14', 'C14.FR.02'],
  catches: ['local-list-pre-authorize-ignored'], advises: ['local-list-pre-authorize-ignored'],
  async run(ctx) {
    const token = tokenOf(ctx, 'valid');
    // Before: LocalAuthListEnabled true, LocalPreAuthorization true (If implemented); Memory State: the valid idToken in the list.
    await localListCase(ctx, [localListEnabled, localPreAuthorize], [{ token, status: 'Accepted' }], async () => {
      // Manual Action: present the valid idToken. 1-2. TransactionEventRequest Authorized (when due), answered Accepted.
      await presentListedToken(ctx, token, 'C14.FR.02');
      // Beyond the tool validations: C14.FR.02 starts without asking the CSMS (an AuthorizeRequest is answered all the same).
      adviseUnless(ctx, !authorizeSentFor(ctx, token), 'the station sent an AuthorizeRequest for an idToken its Local Authorization List accepts, with LocalPreAuthorize true', 'C14.FR.02');
      // 3-4. Reusable States EVConnectedPreSession and EnergyTransferStarted (post scenario: energy is transferred).
      await evConnectedPreSession(ctx);
      await energyTransferStarted(ctx);
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import {
  authorized, energyTransferStarted, evConnectedPostSession, evConnectedPreSession, evDisconnected, parkingBayOccupied, parkingBayUnoccupied,
} from '../_shared/transaction-states.cs.js';
import { authCacheEnabled, authorizedFromCache, core, LOCAL_PRE_AUTHORIZE } from './steps.cs.js';

export const TC_C_33_CS = defineTestCase({
  id: 'TC_C_33_CS',
  title: 'Store Authorization Data in the Authorization Cache - Update on AuthorizeResponse',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49')], // Part 5 (errata 2025-09): the Authorization Cache
  covers: ['C10', 'C10.FR.01', 'C10.FR.04', 'C12.FR.02'],
  // Asking the CSMS again at step 12 instead of using the cache is seen only beyond the tool validations. (Not caching
  // the AuthorizeResponse alone cannot show here: the TransactionEventResponse of step 4 caches the token too, C10.FR.05.)
  catches: ['tx-no-idtoken', 'cache-not-used'],
  advises: ['cache-not-used'],
  async run(ctx) {
    // Configuration State: AuthCacheEnabled true (If implemented), LocalPreAuthorize true, LocalAuthListEnabled true
    // (the case's condition is the cache, not the list: a station without a list is not refused here).
    const configuration = [authCacheEnabled(true), LOCAL_PRE_AUTHORIZE, { component: 'LocalAuthListCtrlr', variable: 'Enabled', value: 'true', optional: true }];
    await transactionCase(ctx, { configuration }, async () => {
      // The AuthorizeResponse of step 2 is what the case caches: an entry an earlier case left is removed first.
      await ctx.sut.callRaw('ClearCache', {});
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // Manual Action: present the valid idToken. 1-4. AuthorizationRequest (Accepted), TransactionEventRequest Authorized.
      await authorized(ctx);
      // 5-10. EnergyTransferStarted, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied, ParkingBayOccupied, EVConnectedPreSession.
      await energyTransferStarted(ctx);
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
      await parkingBayUnoccupied(ctx);
      await parkingBayOccupied(ctx);
      await evConnectedPreSession(ctx);
      // Manual Action: present the same idToken. 12-13. From the cache: TransactionEventRequest Authorized with it,
      // answered Invalid.
      await authorizedFromCache(ctx, { idTokenStatus: 'Invalid' });
    });
  },
});

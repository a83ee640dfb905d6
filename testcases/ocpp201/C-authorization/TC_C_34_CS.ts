import { defineTestCase } from '../../kit.js';
import { transactionCase, txSession, validToken } from '../_shared/charging-session.cs.js';
import { evDisconnected, parkingBayOccupied, parkingBayUnoccupied } from '../_shared/transaction-states.cs.js';
import { cachedAuthorizedAnsweredInvalid, deauthorized } from './steps.cache.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { authCacheEnabled, core, LOCAL_PRE_AUTHORIZE, presentAndAuthorize } from './steps.cs.js';

export const TC_C_34_CS = defineTestCase({
  id: 'TC_C_34_CS',
  title: 'Store Authorization Data in the Authorization Cache - Update on TransactionResponse',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49')], // Part 5 (errata 2025-09): the Authorization Cache
  covers: ['C10', 'C10.FR.05', 'C12.FR.06', 'C12.FR.05'],
  catches: ['cache-not-updated-on-transaction-response', 'stop-tx-on-invalid-id-ignored'],
  async run(ctx) {
    // Configuration State (errata 2025-09 6.2.28): AuthCacheEnabled true (If implemented), LocalPreAuthorize true,
    // LocalAuthListEnabled true (the condition is the cache: If implemented), StopTxOnInvalidId true, MaxEnergyOnInvalidId 0 (C-03: If implemented).
    const configuration = [
      authCacheEnabled(true), LOCAL_PRE_AUTHORIZE, { component: 'LocalAuthListCtrlr', variable: 'Enabled', value: 'true', optional: true },
      { component: 'TxCtrlr', variable: 'StopTxOnInvalidId', value: 'true' }, { component: 'TxCtrlr', variable: 'MaxEnergyOnInvalidId', value: '0', optional: true },
    ];
    await transactionCase(ctx, { configuration }, async () => {
      // Memory State: IdTokenCached for <Configured valid IdToken fields>.
      await establishIdTokenCached(ctx);
      // 1. Reusable State Authorized (cached idToken, idTokenInfo.status Invalid).
      const first = await cachedAuthorizedAnsweredInvalid(ctx);
      // 2. Reusable State Deauthorized.
      await deauthorized(ctx, first);
      // 3. EVDisconnected (when an EV was connected); 4. ParkingBayUnoccupied; 5. ParkingBayOccupied.
      if (txSession(ctx).evConnected) await evDisconnected(ctx);
      else txSession(ctx).state = 'EVDisconnected';
      await parkingBayUnoccupied(ctx);
      await parkingBayOccupied(ctx);
      // 6. Reusable State Authorized (idTokenInfo.status Invalid): the cache now holds the token as Invalid (C10.FR.05),
      // so the station asks the CSMS (C12.FR.05): AuthorizationRequest with it (tool validation step 7), answered Invalid.
      await presentAndAuthorize(ctx, 'valid', validToken(ctx), 'Invalid', 'C10.FR.05 / C12.FR.05');
    });
  },
});

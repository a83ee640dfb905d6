import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { authCacheEnabled, authorizedFromCache, core, LOCAL_PRE_AUTHORIZE } from './steps.cs.js';

export const TC_C_08_CS = defineTestCase({
  id: 'TC_C_08_CS',
  title: 'Authorization through authorization cache - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49')], // Part 5 (errata 2025-09): the Authorization Cache
  covers: ['C12', 'C12.FR.02', 'C12.FR.04'],
  // Asking the CSMS about a cached Accepted idToken is seen only beyond the tool validations (N/a).
  catches: ['cache-not-used'],
  advises: ['cache-not-used'],
  async run(ctx) {
    // Configuration State: AuthCacheCtrlr.Enabled true, AuthCtrlr.LocalPreAuthorize true (If implemented).
    await transactionCase(ctx, { configuration: [authCacheEnabled(true), LOCAL_PRE_AUTHORIZE] }, async () => {
      // Memory State: IdTokenCached for <Configured valid IdToken fields>.
      await establishIdTokenCached(ctx);
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 1. Reusable State Authorized, presenting the cached valid idToken.
      await authorizedFromCache(ctx);
      // 2. Reusable State EnergyTransferStarted (post scenario validation: energy transfer is started, C12.FR.04).
      await energyTransferStarted(ctx);
    });
  },
});

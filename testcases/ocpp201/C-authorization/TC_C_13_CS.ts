import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evConnectedPreSession, parkingBayOccupied } from '../_shared/transaction-states.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { authCacheEnabled, authorizedFromCache, core, LOCAL_PRE_AUTHORIZE } from './steps.cs.js';

export const TC_C_13_CS = defineTestCase({
  id: 'TC_C_13_CS',
  title: 'Authorization through authorization cache - Accepted but cable not connected yet.',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49')], // Part 5 (errata 2025-09): the Authorization Cache
  covers: ['C12', 'C12.FR.02', 'C12.FR.04'],
  // tx-no-idtoken is seen first in the Memory State IdTokenCached, which is not graded (INCONCLUSIVE): not caught here.
  catches: ['cache-not-used'],
  // Asking the CSMS about a cached Accepted idToken is seen only beyond the tool validations.
  advises: ['cache-not-used'],
  async run(ctx) {
    // Configuration State: AuthCacheCtrlr.Enabled true, AuthCtrlr.LocalPreAuthorize true (If implemented).
    await transactionCase(ctx, { configuration: [authCacheEnabled(true), LOCAL_PRE_AUTHORIZE] }, async () => {
      // Memory State: IdTokenCached for <Configured valid IdToken fields>.
      await establishIdTokenCached(ctx);
      // Before: if applicable, State ParkingBayOccupied.
      await parkingBayOccupied(ctx);
      // Manual Action: present the cached valid idToken (no cable yet). 1-2. TransactionEvent Authorized with it, when due.
      await authorizedFromCache(ctx);
      // 3. Reusable State EVConnectedPreSession; 4. EnergyTransferStarted.
      await evConnectedPreSession(ctx);
      await energyTransferStarted(ctx);
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession, parkingBayOccupied } from '../_shared/transaction-states.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { authCacheEnabled, core } from './steps.cs.js';

export const TC_C_37_CS = defineTestCase({
  id: 'TC_C_37_CS',
  title: 'Clear Authorization Data in Authorization Cache - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49')], // Part 5 (errata 2025-09): the Authorization Cache
  covers: ['C11', 'C11.FR.01', 'C11.FR.03', 'C01.FR.02'],
  catches: ['clear-cache-rejected'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Configuration State: AuthCacheEnabled true (If implemented).
    await transactionCase(ctx, { configuration: [authCacheEnabled(true)] }, async () => {
      // Memory State: IdTokenCached for <Configured valid IdToken fields>.
      await establishIdTokenCached(ctx);
      // 1-2. ClearCacheRequest; tool validation: ClearCacheResponse status Accepted.
      const res = await sut.call('ClearCache', {}, { requirement: 'C11.FR.02' });
      expect(res.status, 'C11.FR.03: ClearCacheResponse status').to.equal('Accepted');
      // 3-4. Reusable States ParkingBayOccupied, EVConnectedPreSession.
      await parkingBayOccupied(ctx);
      await evConnectedPreSession(ctx);
      // Manual Action: present the valid idToken. 5-8. The cache is empty: AuthorizationRequest with it (tool
      // validation), answered Accepted; TransactionEventRequest triggerReason Authorized.
      await authorized(ctx);
      // 9. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

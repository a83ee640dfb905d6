import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { booted, establishIdTokenCached } from '../_shared/states.cs.js';
import { energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { authCacheEnabled, authorizedFromCache, core, LOCAL_PRE_AUTHORIZE } from './steps.cs.js';

export const TC_C_32_CS = defineTestCase({
  id: 'TC_C_32_CS',
  title: 'Store Authorization Data in the Authorization Cache - Persistent over reboot',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49')], // Part 5 (errata 2025-09): the Authorization Cache
  covers: ['C10', 'C10.FR.02', 'C12.FR.02'],
  // C10.FR.02 is a SHOULD and no tool validation sees a lost cache (the station then asks the CSMS and still sends
  // the TransactionEventRequest Authorized): an AuthorizeRequest after the reboot is an advisory.
  // tx-no-idtoken is seen first in the Memory State IdTokenCached, which is not graded (INCONCLUSIVE): not caught here.
  catches: ['auth-cache-not-persistent'],
  advises: ['auth-cache-not-persistent'],
  async run(ctx) {
    // Configuration State: AuthCacheEnabled true (If implemented), LocalPreAuthorize true.
    await transactionCase(ctx, { configuration: [authCacheEnabled(true), LOCAL_PRE_AUTHORIZE] }, async () => {
      // Memory State: IdTokenCached for <Configured valid IdToken fields>.
      await establishIdTokenCached(ctx);
      // 1. Reusable State Booted.
      await booted(ctx);
      // Manual Action: present the cached valid idToken. 2-3. TransactionEventRequest Authorized with it (when
      // TxStartPoint contains Authorized or the transaction runs), answered Accepted.
      await authorizedFromCache(ctx);
      // 4. Reusable State EVConnectedPreSession; 5. EnergyTransferStarted.
      await evConnectedPreSession(ctx);
      await energyTransferStarted(ctx);
    });
  },
});

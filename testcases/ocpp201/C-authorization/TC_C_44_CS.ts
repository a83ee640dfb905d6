import { defineTestCase, idTokenFor } from '../../kit.js';
import { transactionCase, txSession, validToken } from '../_shared/charging-session.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { authorizedFromCache, CACHE_POST_AUTHORIZE, core, presentAndAuthorize, refusedTokenCached } from './steps.cs.js';

// Errata 2025-09 6.2.30 applied: the prerequisite names AuthCacheCtrlr.Available (text only; applicability comes from the Part 5 condition below).
export const TC_C_44_CS = defineTestCase({
  id: 'TC_C_44_CS',
  title: 'Authorization by GroupId - Invalid status with Authorization Cache',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49 and (C-30 or C-31 or C-32 or C-34)')], // Part 5: the Authorization Cache and a local start option
  covers: ['C09', 'C09.FR.02', 'C09.FR.03', 'C09.FR.07', 'C12.FR.05', 'C01.FR.03'],
  // tx-no-idtoken is seen first in the Memory State IdTokenCached, which is not graded (INCONCLUSIVE): not caught here.
  catches: ['group-stop-unchecked', 'cache-refuses-without-asking'],
  async run(ctx) {
    const { sut, ics } = ctx;
    const group = idTokenFor(ctx, 'group');
    const valid = validToken(ctx);
    const invalid = idTokenFor(ctx, 'invalid');
    // Configuration State: AuthCacheEnabled, LocalPreAuthorize true, AuthCacheCtrlr.DisablePostAuthorize false (If implemented).
    await transactionCase(ctx, { configuration: CACHE_POST_AUTHORIZE }, async (s) => {
      // Memory State: IdTokenCached for <Configured valid IdToken fields> and for <Configured invalid IdToken fields>, both
      // with <Configured GroupId>, from an emptied cache.
      s.groups.set(valid.idToken, group);
      await establishIdTokenCached(ctx, valid, { groupIdToken: group });
      await refusedTokenCached(ctx, 'invalid', 'Invalid', { keepCache: true, groupIdToken: group });
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // Manual Action: present the valid idToken (cached). 1-2. TransactionEventRequest Authorized with it (when due),
      // answered Accepted with groupIdToken <Configured groupIdToken>; 3. Reusable State EnergyTransferStarted.
      await authorizedFromCache(ctx);
      await energyTransferStarted(ctx);
      // Manual Action: present the invalid idToken (cached, same group). 4-5. AuthorizationRequest with it (C12.FR.05),
      // answered Invalid with the group.
      const since = Date.now();
      await presentAndAuthorize(ctx, 'invalid', invalid, 'Invalid', 'C12.FR.05 / C09.FR.03', group);
      // The OCTT waits to see that the station does not stop the session (C01.FR.03: only a valid idToken of the group may).
      await sut.expectNoCall('TransactionEvent', ics.timeouts.messageMs, {
        requirement: 'C01.FR.03 / C09.FR.03', describe: '(StopAuthorized: the invalid idToken of the group stops nothing)', since,
        filter: (p) => p.triggerReason === 'StopAuthorized' || p.eventType === 'Ended',
      });
      txSession(ctx).groups.clear();
    });
  },
});

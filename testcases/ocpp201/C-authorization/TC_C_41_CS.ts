import { defineTestCase, idTokenFor } from '../../kit.js';
import { transactionCase, txSession, validToken } from '../_shared/charging-session.cs.js';
import { idTokenOf } from '../_shared/id-token.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { energyTransferStarted, evConnectedPostSession, evConnectedPreSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { authCacheEnabled, authorizedFromCache, core, LOCAL_PRE_AUTHORIZE } from './steps.cs.js';

// Errata 2025-09 6.2.29 applied: the prerequisite names AuthCacheCtrlr.Available (text only; applicability comes from the Part 5 condition below).
export const TC_C_41_CS = defineTestCase({
  id: 'TC_C_41_CS',
  title: 'Authorization by GroupId - Success with Authorization Cache',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49 and (C-30 or C-31 or C-32 or C-34)')], // Part 5: the Authorization Cache and a local start option
  covers: ['C09', 'C09.FR.02', 'C09.FR.03', 'C09.FR.07'],
  // tx-no-idtoken is seen first in the Memory State IdTokenCached, which is not graded (INCONCLUSIVE): not caught here.
  catches: ['group-id-ignored'],
  async run(ctx) {
    const group = idTokenFor(ctx, 'group');
    const valid = validToken(ctx);
    const valid2 = idTokenFor(ctx, 'valid2');
    // Configuration State: AuthCacheEnabled, LocalPreAuthorize true (If implemented).
    await transactionCase(ctx, { configuration: [authCacheEnabled(true), LOCAL_PRE_AUTHORIZE] }, async (s) => {
      // Memory State: IdTokenCached for <Configured valid IdToken fields> and for <Configured valid IdToken2 fields>, both
      // with <Configured GroupId> (the OCTT's answers put them in the group), from an emptied cache.
      s.groups.set(valid.idToken, group);
      s.groups.set(valid2.idToken, group);
      await establishIdTokenCached(ctx, valid, { groupIdToken: group });
      await establishIdTokenCached(ctx, valid2, { groupIdToken: group, keepCache: true });
      // A station that asks the CSMS about a cached token anyway (not checked here) hears it is in the group.
      ctx.sut.autoAnswer('Authorize', { idTokenInfo: { status: 'Accepted', groupIdToken: idTokenOf(group) } });
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // Manual Action: present the valid idToken (cached, with the group). 1-2. TransactionEventRequest Authorized with it
      // (when due), answered Accepted with groupIdToken <Configured groupIdToken>.
      await authorizedFromCache(ctx);
      // 3. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // Manual Action: present valid idToken2 (cached, same group). 4. Reusable State StopAuthorized: TransactionEventRequest
      // StopAuthorized (C09.FR.02 / C09.FR.03: a valid idToken of the same group ends the authorization).
      await stopAuthorized(ctx, { token: valid2 });
      // 5-7. EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied.
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
      await parkingBayUnoccupied(ctx);
      txSession(ctx).groups.clear();
    });
  },
});

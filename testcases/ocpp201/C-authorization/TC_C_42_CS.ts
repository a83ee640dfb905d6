import { defineTestCase, idTokenFor } from '../../kit.js';
import { transactionCase, txSession, validToken } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { core, LOCAL_START, presentAndAuthorize } from './steps.cs.js';

// C09 (Part 6 Table 97): an invalid idToken of the same group does not stop the transaction.
export const TC_C_42_CS = defineTestCase({
  id: 'TC_C_42_CS',
  title: 'Authorization by GroupId - Not stopped by GroupId',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(LOCAL_START)], // Part 5: C-30 or C-31 or C-32
  covers: ['C09', 'C09.FR.11', 'C01.FR.03'],
  catches: ['group-stop-ignores-status', 'tx-no-idtoken'],
  async run(ctx) {
    const { sut, ics } = ctx;
    const group = idTokenFor(ctx, 'group');
    const invalid = idTokenFor(ctx, 'invalid');
    await transactionCase(ctx, {}, async (s) => {
      // The OCTT's answers are what put both idTokens in the group: a cache entry an earlier case left is removed first,
      // so the station asks (not a step of the case, not graded).
      if (ics.features.includes('C-49')) await sut.callRaw('ClearCache', {});
      s.groups.set(invalid.idToken, group);
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // Manual Action: present the valid idToken. 1-4. AuthorizationRequest and TransactionEventRequest Authorized (Started,
      // or Updated when the transaction had started) with it (tool validations), answered Accepted with <Configured groupIdToken>.
      await authorized(ctx, { token: validToken(ctx), groupIdToken: group });
      // 5. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // Manual Action: present the invalid idToken of the group. 6-7. AuthorizationRequest with it (tool validation; Part 6
      // writes valid_idtoken at step 6, the token presented is the invalid one), answered Invalid with the group.
      const since = Date.now();
      await presentAndAuthorize(ctx, 'invalid', invalid, 'Invalid', 'C09.FR.11', group);
      // The OCTT waits to see that the station does not send a TransactionEventRequest stopping the session (post scenario:
      // the energy transfer is not stopped; C01.FR.03: only a valid idToken of the group may stop it).
      await sut.expectNoCall('TransactionEvent', ics.timeouts.messageMs, {
        requirement: 'C09.FR.11 / C01.FR.03', describe: '(StopAuthorized: the invalid idToken of the group stops nothing)', since,
        filter: (p) => p.triggerReason === 'StopAuthorized' || p.eventType === 'Ended',
      });
      txSession(ctx).groups.clear();
    });
  },
});

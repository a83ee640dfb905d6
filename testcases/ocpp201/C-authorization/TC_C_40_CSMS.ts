import { defineTestCase } from '../../kit.js';
import { chargingSession, transactionEvent } from '../_shared/charging-session.csms.js';
import { idTokenOf } from '../_shared/id-token.js';
import { energyTransferStarted, evConnectedPostSession, evConnectedPreSession, evDisconnected } from '../_shared/states.csms.js';
import { acceptedInGroup, LOCAL_LIST, withGroupedTokens } from './steps.local-list.js';

// C09 Authorization by GroupId - Success with Local Authorization List (Part 6 Table 491).
export const TC_C_40_CSMS = defineTestCase({
  id: 'TC_C_40_CSMS', title: 'Authorization by GroupId - Success with Local Authorization List', version: '2.0.1', sut: 'CSMS',
  profiles: [LOCAL_LIST], covers: ['C09', 'C09.FR.02', 'C09.FR.03'], catches: ['tx-no-idtokeninfo'],
  async run(ctx) {
    // Memory State: two valid idTokens with the same GroupId configured.
    await withGroupedTokens(ctx, async ({ valid, valid2, group }) => {
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 1-2. TransactionEventRequest Authorized with the valid idToken (Updated: the transaction started at the plug-in).
      const start = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'Authorized', idToken: idTokenOf(valid) });
      acceptedInGroup(ctx, start, group, 'TransactionEventResponse (Authorized)');
      // 3. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 5-6. TransactionEventRequest StopAuthorized with the second idToken of the group.
      const stop = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'StopAuthorized', idToken: idTokenOf(valid2) });
      acceptedInGroup(ctx, stop, group, 'TransactionEventResponse (StopAuthorized)');
      chargingSession(ctx).state = 'StopAuthorized';
      // 7-8. Reusable States EVConnectedPostSession and EVDisconnected.
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
    });
  },
});

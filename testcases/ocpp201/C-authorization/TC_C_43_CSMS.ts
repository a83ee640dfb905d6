import { defineTestCase } from '../../kit.js';
import { chargingSession, transactionEvent } from '../_shared/charging-session.csms.js';
import { idTokenOf } from '../_shared/id-token.js';
import { energyTransferStarted, evConnectedPostSession, evConnectedPreSession, evDisconnected } from '../_shared/states.csms.js';
import { acceptedInGroup, LOCAL_LIST, withGroupedTokens } from './steps.local-list.js';

// C09 Authorization by GroupId - Invalid status with Local Authorization List: the CSMS accepts the second idToken of the group (Part 6 Table 492).
export const TC_C_43_CSMS = defineTestCase({
  id: 'TC_C_43_CSMS', title: 'Authorization by GroupId - Invalid status with Local Authorization List', version: '2.0.1', sut: 'CSMS',
  profiles: [LOCAL_LIST], covers: ['C09', 'C09.FR.02', 'C09.FR.03'], catches: ['tx-no-idtokeninfo'],
  async run(ctx) {
    // Memory State: two known valid idTokens with the same GroupId configured.
    await withGroupedTokens(ctx, async ({ valid, valid2, group }) => {
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 1-2. TransactionEventRequest Authorized with the valid idToken.
      const start = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'Authorized', idToken: idTokenOf(valid) });
      acceptedInGroup(ctx, start, group, 'TransactionEventResponse (Authorized)');
      // 3. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 4-5. AuthorizeRequest with the second idToken of the group.
      const authorize = await ctx.sut.call('Authorize', { idToken: idTokenOf(valid2) }, { requirement: 'C09.FR.02' });
      acceptedInGroup(ctx, authorize, group, 'AuthorizeResponse');
      // 6-7. TransactionEventRequest StopAuthorized with the second idToken.
      const stop = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'StopAuthorized', idToken: idTokenOf(valid2) });
      acceptedInGroup(ctx, stop, group, 'TransactionEventResponse (StopAuthorized)');
      chargingSession(ctx).state = 'StopAuthorized';
      // 8-9. Reusable States EVConnectedPostSession and EVDisconnected.
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
    });
  },
});

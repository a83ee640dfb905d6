import { defineTestCase } from '../../kit.js';
import { txSession } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evConnectedPostSession, evConnectedPreSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { LOCAL_LIST, LOCAL_START, localListCase, localListEnabled, localPreAuthorize, presentListedToken, tokenOf } from './steps.local-list.js';

export const TC_C_40_CS = defineTestCase({
  id: 'TC_C_40_CS',
  title: 'Authorization by GroupId - Success with Local Authorization List',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: LOCAL_LIST, condition: LOCAL_START }], // Part 5: (C-30 or C-31 or C-32 or C-34)
  covers: ['C09', 'C09.FR.02', 'C09.FR.03', 'C09.FR.07', 'C01.FR.03'],
  catches: ['group-id-ignored'],
  async run(ctx) {
    const valid = tokenOf(ctx, 'valid');
    const valid2 = tokenOf(ctx, 'valid2');
    const group = tokenOf(ctx, 'group');
    // Before: LocalAuthListEnabled, LocalPreAuthorize true (If implemented); Memory State: two valid idTokens in the
    // Local Authorization List with the same GroupId.
    const entries = [{ token: valid, status: 'Accepted' as const, group }, { token: valid2, status: 'Accepted' as const, group }];
    await localListCase(ctx, [localListEnabled, localPreAuthorize], entries, async (s) => {
      s.groups.set(valid.idToken, group);
      s.groups.set(valid2.idToken, group);
      // Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // Manual Action: present the valid idToken of the list. 1-2. TransactionEventRequest Authorized with it (when due),
      // answered Accepted with groupIdToken <Configured groupIdToken>.
      await presentListedToken(ctx, valid, 'C09.FR.02', group);
      // 3. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // Manual Action: present valid idToken2 of the same group. 4. Reusable State StopAuthorized (C09.FR.03, C01.FR.03).
      await stopAuthorized(ctx, { token: valid2 });
      // 5-7. Reusable States EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied.
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
      await parkingBayUnoccupied(ctx);
      txSession(ctx).groups.clear();
    });
  },
});

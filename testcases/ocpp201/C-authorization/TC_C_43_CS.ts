import { defineTestCase } from '../../kit.js';
import { txSession } from '../_shared/charging-session.cs.js';
import { idTokenOf } from '../_shared/id-token.js';
import { energyTransferStarted, evConnectedPreSession, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { LOCAL_LIST, LOCAL_START, localListCase, localListEnabled, localPreAuthorize, presentListedToken, tokenOf } from './steps.local-list.js';

export const TC_C_43_CS = defineTestCase({
  id: 'TC_C_43_CS',
  title: 'Authorization by GroupId - Invalid status with Local Authorization List',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: LOCAL_LIST, condition: LOCAL_START }], // Part 5: (C-30 or C-31 or C-32 or C-34)
  covers: ['C09', 'C09.FR.02', 'C09.FR.03', 'C09.FR.07', 'C01.FR.03'],
  catches: ['group-stop-unchecked'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const valid = tokenOf(ctx, 'valid');
    const invalid = tokenOf(ctx, 'invalid');
    const group = tokenOf(ctx, 'group');
    // Before: LocalAuthListEnabled, LocalPreAuthorize true (If implemented); Memory State: two idTokens in the Local
    // Authorization List with the same GroupId, one valid and one invalid.
    const entries = [{ token: valid, status: 'Accepted' as const, group }, { token: invalid, status: 'Invalid' as const, group }];
    await localListCase(ctx, [localListEnabled, localPreAuthorize], entries, async (s) => {
      s.groups.set(valid.idToken, group);
      // Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // Manual Action: present the valid idToken of the list. 1-2. TransactionEventRequest Authorized (when due), answered
      // Accepted with groupIdToken <Configured groupIdToken>; 3. Reusable State EnergyTransferStarted.
      await presentListedToken(ctx, valid, 'C09.FR.02', group);
      await energyTransferStarted(ctx);
      // Manual Action: present the invalid idToken of the same group. 4-5. AuthorizeRequest with it, answered Invalid
      // with the group: the list's Invalid entry is not enough to stop the session (C01.FR.03: only a valid idToken).
      const authorize = sut.expectCall('Authorize', { requirement: 'C01.FR.03', describe: `for ${invalid.idToken}` });
      const presented = ctx.operator.do('presentIdToken', { idToken: invalid.idToken, type: invalid.type, evseId: s.evseId });
      presented.catch(() => undefined);
      const a = await authorize;
      a.respond({ idTokenInfo: { status: 'Invalid', groupIdToken: idTokenOf(group) } });
      expect(a.payload.idToken?.idToken, 'C01.FR.03: AuthorizeRequest idToken.idToken (the invalid idToken presented)').to.equal(invalid.idToken);
      expect(a.payload.idToken?.type, 'C01.FR.03: AuthorizeRequest idToken.type').to.equal(invalid.type);
      await presented;
      // The OCTT waits to see that no TransactionEventRequest follows (the session is not stopped).
      await sut.expectNoCall('TransactionEvent', ics.timeouts.messageMs, {
        requirement: 'C01.FR.03', describe: '(StopAuthorized: the invalid idToken of the group stops nothing)',
        filter: (p) => p.triggerReason === 'StopAuthorized' || p.eventType === 'Ended',
      });
      // 6. The valid idToken ends the session: StopAuthorized.
      await stopAuthorized(ctx, { token: valid });
      txSession(ctx).groups.clear();
    });
  },
});

import { defineTestCase, idTokenFor } from '../../kit.js';
import { later, transactionCase, txSession, validToken } from '../_shared/charging-session.cs.js';
import { idTokenOf } from '../_shared/id-token.js';
import { authorized, energyTransferStarted, evConnectedPostSession, evConnectedPreSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { core, LOCAL_START } from './steps.cs.js';

export const TC_C_39_CS = defineTestCase({
  id: 'TC_C_39_CS',
  title: 'Authorization by GroupId - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(LOCAL_START)],
  covers: ['C09', 'C09.FR.03', 'C09.FR.07', 'C01.FR.03'],
  catches: ['group-id-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const group = idTokenFor(ctx, 'group');
    const other = idTokenFor(ctx, 'valid2');
    await transactionCase(ctx, {}, async (s) => {
      // The OCTT's answers are what put both idTokens in the group: a cache entry an earlier case left (without the
      // group) is removed first, so the station asks.
      if (ctx.ics.features.includes('C-49')) await sut.callRaw('ClearCache', {});
      s.groups.set(other.idToken, group);
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // Manual Action: present the valid idToken. 1-4. AuthorizationRequest and TransactionEventRequest (Authorized) with
      // it (tool validations), both answered Accepted with groupIdToken <Configured groupIdToken>.
      await authorized(ctx, { token: validToken(ctx), groupIdToken: group });
      // 5. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // Manual Action: present the other valid idToken of the group. 6-7. AuthorizationRequest with it, answered Accepted
      // with the same groupIdToken; 8-9. TransactionEventRequest StopAuthorized (answered Accepted with the group).
      const asked = later(sut.expectCall('Authorize', { requirement: 'C09.FR.03', describe: `for ${other.idToken}` }).then((a) => {
        a.respond({ idTokenInfo: { status: 'Accepted', groupIdToken: idTokenOf(group) } });
        expect(a.payload.idToken?.idToken, 'C09.FR.03: AuthorizeRequest idToken.idToken (<Configured valid_idtoken2_idtoken>)').to.equal(other.idToken);
        expect(a.payload.idToken?.type, 'C09.FR.03: AuthorizeRequest idToken.type (<Configured valid_idtoken2_type>)').to.equal(other.type);
      }));
      const stopping = later(stopAuthorized(ctx, { token: other }));
      await asked;
      await stopping;
      // 10-12. Reusable States EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied.
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
      await parkingBayUnoccupied(ctx);
      txSession(ctx).groups.clear();
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { idTokenStatus, transactionEvent, validToken } from '../_shared/charging-session.csms.js';
import { evConnectedPreSession } from '../_shared/states.csms.js';

export const TC_C_08_CSMS = defineTestCase({
  id: 'TC_C_08_CSMS',
  title: 'Authorization through authorization cache - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['C12', 'C12.FR.03'],
  catches: ['tx-no-idtokeninfo'],
  async run(ctx) {
    // Before: State EVConnectedPreSession.
    await evConnectedPreSession(ctx);
    // 1-2. The station authorized the valid idToken from its Authorization Cache: TransactionEvent Updated, Authorized, with it.
    const answer = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'Authorized', idToken: validToken(ctx), requirement: 'C12.FR.03' });
    // Tool validation (step 2): TransactionEventResponse idTokenInfo.status Accepted.
    ctx.expect(idTokenStatus(answer), 'C12.FR.03: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
  },
});

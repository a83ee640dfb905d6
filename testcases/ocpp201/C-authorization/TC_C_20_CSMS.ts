import { defineTestCase } from '../../kit.js';
import { idTokenStatus, invalidToken, transactionEvent } from '../_shared/charging-session.csms.js';
import { evConnectedPreSession } from '../_shared/states.csms.js';

export const TC_C_20_CSMS = defineTestCase({
  id: 'TC_C_20_CSMS',
  title: 'Authorization through authorization cache - Invalid',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['C12', 'C12.FR.03'],
  catches: ['tx-accepts-invalid-idtoken'],
  async run(ctx) {
    const idToken = invalidToken(ctx);
    // Before: State EVConnectedPreSession.
    await evConnectedPreSession(ctx);
    // 1-2. The station's cache still accepts the configured invalid idToken: TransactionEvent Updated, Authorized, with it.
    const answer = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'Authorized', idToken, requirement: 'C12.FR.03' });
    // Tool validation (step 2): TransactionEventResponse idTokenInfo.status Invalid or Unknown.
    ctx.expect(idTokenStatus(answer), 'C12.FR.03: TransactionEventResponse idTokenInfo.status for the invalid idToken').to.be.oneOf(['Invalid', 'Unknown']);
  },
});

import { defineTestCase } from '../../kit.js';
import { idTokenStatus, transactionEvent, validToken } from '../_shared/charging-session.csms.js';
import { authorizeValid } from './steps.csms.js';

export const TC_E_10_CSMS = defineTestCase({
  id: 'TC_E_10_CSMS',
  title: 'Start transaction options - Authorized - Local',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S3)', 'E01.FR.03'],
  catches: ['tx-no-idtokeninfo'],
  async run(ctx) {
    // 1-2. AuthorizeRequest with the configured valid idToken; the CSMS accepts it.
    await authorizeValid(ctx);
    // 3-4. TransactionEvent Started, Authorized, with the idToken (no EV yet: chargingState Idle).
    const started = await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'Authorized', chargingState: 'Idle', idToken: validToken(ctx), requirement: 'E01.FR.03' });
    ctx.expect(idTokenStatus(started), 'E01.FR.12: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
  },
});

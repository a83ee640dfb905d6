import { defineTestCase } from '../../kit.js';
import { idTokenStatus, invalidToken, transactionEvent } from '../_shared/charging-session.csms.js';

export const TC_E_16_CSMS = defineTestCase({
  id: 'TC_E_16_CSMS',
  title: 'Stop transaction options - Deauthorized - Invalid idToken',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S3)', 'E06.FR.04', 'E01.FR.11', 'E01.FR.12'],
  catches: ['tx-accepts-invalid-idtoken'],
  async run(ctx) {
    // 1-2. The station authorized the configured invalid idToken locally: TransactionEvent Started, Authorized, with it.
    const started = await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'Authorized', chargingState: 'Idle', idToken: invalidToken(ctx), requirement: 'E01.FR.12' });
    ctx.expect(idTokenStatus(started), 'E01.FR.11: TransactionEventResponse idTokenInfo.status for the invalid idToken').to.be.oneOf(['Invalid', 'Unknown']);
    // 3-4. The CSMS's verdict deauthorizes the transaction: TransactionEvent Ended, Deauthorized, stoppedReason DeAuthorized.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'Deauthorized', stoppedReason: 'DeAuthorized', requirement: 'E06.FR.04' });
  },
});

import { defineTestCase } from '../../kit.js';
import { idTokenStatus, validToken } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { remoteStartEvent, remoteStartRequested } from './steps.csms.js';

export const TC_F_02_CSMS = defineTestCase({
  id: 'TC_F_02_CSMS',
  title: 'Remote start transaction - Remote start first - AuthorizeRemoteStart is true',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['F02', 'F02.FR.01', 'F01.FR.01'],
  catches: ['request-start-wrong-token'],
  async run(ctx) {
    // Manual Action, 1-2. RequestStartTransactionRequest; Accepted, transactionId omitted.
    const request = await remoteStartRequested(ctx);
    // 3-4. AuthorizeRequest with the configured valid idToken (AuthorizeRemoteStart is true): Accepted.
    const auth = await ctx.sut.call('Authorize', { idToken: validToken(ctx) }, { requirement: 'C01.FR.07' });
    ctx.expect(idTokenStatus(auth), 'C01.FR.07: AuthorizeResponse idTokenInfo.status').to.equal('Accepted');
    // 5-6. TransactionEvent Started, RemoteStart, with the remoteStartId.
    await remoteStartEvent(ctx, 'Started', request.payload.remoteStartId, 'Idle');
    // 7. Execute Reusable State EnergyTransferStarted (State is Authorized, the EV not yet connected).
    await energyTransferStarted(ctx);
  },
});

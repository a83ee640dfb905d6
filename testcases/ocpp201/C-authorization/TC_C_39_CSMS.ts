import { defineTestCase, idTokenFor } from '../../kit.js';
import { chargingSession, idTokenStatus, transactionEvent, validToken } from '../_shared/charging-session.csms.js';
import { idTokenOf } from '../_shared/id-token.js';
import { energyTransferStarted, evConnectedPreSession, evConnectedPostSession, evDisconnected } from '../_shared/states.csms.js';

export const TC_C_39_CSMS = defineTestCase({
  id: 'TC_C_39_CSMS',
  title: 'Authorization by GroupId - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['C09', 'C09.FR.02', 'C01.FR.07'],
  catches: ['group-id-token-omitted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Memory State: two valid idTokens with the same GroupId are configured (valid, valid2 and their group).
    const valid = validToken(ctx);
    const valid2 = idTokenOf(idTokenFor(ctx, 'valid2'));
    const group = idTokenFor(ctx, 'group').idToken;
    const groupOf = (answer: { idTokenInfo?: { groupIdToken?: { idToken?: string } } } | undefined) => answer?.idTokenInfo?.groupIdToken?.idToken;
    // Before: State EVConnectedPreSession.
    await evConnectedPreSession(ctx);
    // 1-2. AuthorizationRequest with valid_idtoken2: Accepted, with the configured groupIdToken.
    const first = await sut.call('Authorize', { idToken: valid2 }, { requirement: 'C01.FR.07' });
    expect(idTokenStatus(first), 'C01.FR.07: AuthorizeResponse idTokenInfo.status (valid_idtoken2)').to.equal('Accepted');
    expect(groupOf(first), 'C09.FR.02: AuthorizeResponse idTokenInfo.groupIdToken.idToken (valid_idtoken2)').to.equal(group);
    // 3-4. TransactionEvent Updated, Authorized, with valid_idtoken: Accepted, with the configured groupIdToken.
    const started = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'Authorized', idToken: valid, requirement: 'E02.FR.02' });
    expect(idTokenStatus(started), 'E02.FR.02: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
    expect(groupOf(started), 'C09.FR.02: TransactionEventResponse idTokenInfo.groupIdToken.idToken').to.equal(group);
    // 5. Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 6-7. AuthorizationRequest with valid_idtoken2 again: Accepted, with the configured groupIdToken.
    const second = await sut.call('Authorize', { idToken: valid2 }, { requirement: 'C01.FR.07' });
    expect(idTokenStatus(second), 'C01.FR.07: AuthorizeResponse idTokenInfo.status (valid_idtoken2)').to.equal('Accepted');
    expect(groupOf(second), 'C09.FR.02: AuthorizeResponse idTokenInfo.groupIdToken.idToken (valid_idtoken2)').to.equal(group);
    // 8-9. TransactionEvent Updated, StopAuthorized, with valid_idtoken2: Accepted.
    const stopped = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'StopAuthorized', idToken: valid2, requirement: 'E07.FR.02' });
    expect(idTokenStatus(stopped), 'C09.FR.03: TransactionEventResponse idTokenInfo.status (valid_idtoken2)').to.equal('Accepted');
    chargingSession(ctx).state = 'StopAuthorized';
    // 10-11. Reusable States EVConnectedPostSession, EVDisconnected.
    await evConnectedPostSession(ctx);
    await evDisconnected(ctx);
  },
});

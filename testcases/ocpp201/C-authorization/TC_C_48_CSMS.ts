import { defineTestCase, idTokenFor } from '../../kit.js';
import { idTokenStatus, stationIdle, transactionEvent } from '../_shared/charging-session.csms.js';
import { idTokenOf } from '../_shared/id-token.js';
import { energyTransferStarted } from '../_shared/states.csms.js';

type Answer = { idTokenInfo?: { groupIdToken?: { idToken?: string } } } | undefined;

export const TC_C_48_CSMS = defineTestCase({
  id: 'TC_C_48_CSMS',
  title: 'Stop Transaction with a Master Pass - With UI - With UI - Specific transactions',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['C16', 'C16.FR.01'],
  catches: ['group-id-token-omitted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Memory State: an idToken with the MasterPass as GroupId is configured (ics.idTokens.masterPass / masterPassGroup).
    const masterPass = idTokenOf(idTokenFor(ctx, 'masterPass'));
    const masterGroup = idTokenFor(ctx, 'masterPassGroup').idToken;
    const groupOf = (answer: Answer) => answer?.idTokenInfo?.groupIdToken?.idToken;
    try {
      // Before: Reusable State EnergyTransferStarted (for every EVSE the harness has: it plays one).
      await energyTransferStarted(ctx);
      // 1-2. AuthorizationRequest with the master pass (Part 6 writes valid_idtoken here, but its step 2 validates the
      // master pass group, as TC_C_47/49 do): Accepted, with groupIdToken <Configured masterPassGroupId>.
      const auth = await sut.call('Authorize', { idToken: masterPass }, { requirement: 'C01.FR.07' });
      expect(idTokenStatus(auth), 'step 2: AuthorizeResponse idTokenInfo.status').to.equal('Accepted');
      expect(groupOf(auth), 'step 2: AuthorizeResponse idTokenInfo.groupIdToken.idToken (<Configured masterPassGroupId>)').to.equal(masterGroup);
      // 3-4. The user stopped this transaction: TransactionEvent Ended, stoppedReason MasterPass, with the master pass.
      const ended = await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'StopAuthorized', stoppedReason: 'MasterPass', idToken: masterPass, chargingState: 'EVConnected', requirement: 'C16.FR.01' });
      expect(idTokenStatus(ended), 'step 4: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
      expect(groupOf(ended), 'step 4: TransactionEventResponse idTokenInfo.groupIdToken.idToken (<Configured masterPassGroupId>)').to.equal(masterGroup);
    } finally {
      // Not graded: the EV leaves, the connector is Available again for the next case.
      await stationIdle(ctx).catch(() => undefined);
    }
  },
});

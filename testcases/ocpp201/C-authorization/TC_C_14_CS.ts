import { CaseFailure, CaseInconclusive, defineTestCase } from '../../kit.js';
import { transactionCase, txInfo } from '../_shared/charging-session.cs.js';
import { idTokenOf } from '../_shared/id-token.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { authCacheEnabled, core, LOCAL_PRE_AUTHORIZE, presentAndAuthorize } from './steps.cs.js';
import { masterPassGroupId, masterPassTokens } from './steps.master-pass.cs.js';

// C12 / C16 (Part 6 Table 76): a Master Pass the station knows from its Authorization Cache stops the transaction.
// Part 5 does not list TC_C_14 for the station (a known disagreement): the condition is Part 6's prerequisites, the
// Authorization Cache (C-49), the Master Pass (C-07 or C-08) and a local authorization method (C-30, C-31, C-32).
export const TC_C_14_CS = defineTestCase({
  id: 'TC_C_14_CS',
  title: 'Authorization through authorization cache - GroupID equal to MasterPassGroupId.',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49 and (C-07 or C-08) and (C-30 or C-31 or C-32)')],
  covers: ['C12', 'C12.FR.09', 'C16.FR.03', 'C16.FR.04'],
  catches: ['master-pass-stop-ignored', 'master-pass-wrong-reason'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const { masterPass, group } = masterPassTokens(ctx);
    // Configuration State: AuthCacheEnabled true, LocalPreAuthorize true (If implemented), MasterPassGroupId <Configured MasterPassGroupId>.
    const configuration = [authCacheEnabled(true), LOCAL_PRE_AUTHORIZE, masterPassGroupId(group)];
    await transactionCase(ctx, { configuration }, async (s) => {
      s.groups.set(masterPass.idToken, group);
      // Memory State: the master pass idToken in the cache (from an emptied cache: presented, its AuthorizationResponse
      // Accepted with the group is cached; it starts nothing, C16.FR.03). Not graded: a failure leaves the case INCONCLUSIVE.
      await sut.callRaw('ClearCache', {});
      try {
        await presentAndAuthorize(ctx, 'masterPass', masterPass, 'Accepted', 'C12.FR.09', group);
      } catch (err) {
        if (err instanceof CaseFailure || (err instanceof Error && err.name === 'AssertionError')) throw new CaseInconclusive(`Memory State (master pass in the cache) could not be established: ${err.message}`);
        throw err;
      }
      // Reusable State EnergyTransferStarted (the configured valid idToken).
      await energyTransferStarted(ctx);
      // Manual Action: present the master pass already in the cache. 1-2. TransactionEventRequest, answered Accepted with the group.
      const stop = sut.expectCall('TransactionEvent', { requirement: 'C16.FR.04 / C12.FR.09', describe: '(the master pass)', filter: (p) => p.idToken?.idToken === masterPass.idToken || p.eventType === 'Ended' });
      await ctx.operator.do('presentIdToken', { idToken: masterPass.idToken, type: masterPass.type, evseId: s.evseId });
      // A station with a UI (C-07) shows its Master Pass screen, where the user selects the transaction to stop (C16.FR.01).
      if (ctx.ics.features.includes('C-07')) await ctx.operator.do('selectMasterPassStop', { evseId: s.evseId });
      const c = await stop;
      if (!c.answered) c.respond(c.payload.idToken ? { idTokenInfo: { status: 'Accepted', groupIdToken: idTokenOf(group) } } : {});
      const p = c.payload;
      // Tool validations step 2: triggerReason StopAuthorized, idToken the master pass; if Ended, stoppedReason MasterPass.
      expect(p.triggerReason, 'C12.FR.09: TransactionEventRequest triggerReason').to.equal('StopAuthorized');
      expect(p.idToken?.idToken, 'C12.FR.09: TransactionEventRequest idToken.idToken').to.equal(masterPass.idToken);
      expect(p.idToken?.type, 'C12.FR.09: TransactionEventRequest idToken.type').to.equal(masterPass.type);
      if (p.eventType === 'Ended') expect(txInfo(p).stoppedReason, 'C16.FR.04: TransactionEventRequest transactionInfo.stoppedReason').to.equal('MasterPass');
      // 3-5. EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied only while the transaction runs: the cleanup.
      Object.assign(s, { authorized: false, ...(p.eventType === 'Ended' ? { ended: true } : {}), state: 'EVConnectedPostSession' });
      s.groups.clear();
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase, txSession } from '../_shared/charging-session.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { core, presentAndAuthorize } from './steps.cs.js';
import { MASTER_PASS, masterPassGroupId, masterPassTokens, startPointAuthorized } from './steps.master-pass.cs.js';

// C16 (Part 6 Table 100): an idToken of the Master Pass group cannot start a transaction.
export const TC_C_45_CS = defineTestCase({
  id: 'TC_C_45_CS',
  title: 'Authorization by GroupId - Master pass - Not able to start transaction + groupId',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(MASTER_PASS)], // Part 5: (C-30 or C-31 or C-32) AND (C-07 OR C-08)
  covers: ['C16', 'C16.FR.03', 'C12.FR.09'],
  catches: ['master-pass-starts'],
  async run(ctx) {
    const { sut, ics } = ctx;
    const { masterPass, group } = masterPassTokens(ctx);
    // Configuration State: TxStartPoint contains Authorized or PowerPathClosed (not ParkingBayOccupancy / EVConnected);
    // AuthCtrlr.MasterPassGroupId is <Configured MasterPassGroupId>.
    const configuration = [...await startPointAuthorized(ctx), masterPassGroupId(group)];
    await transactionCase(ctx, { configuration }, async (s) => {
      // The OCTT's answer is what makes the token the master pass: a cache entry an earlier case left is removed first,
      // so the station asks (not a step of the case, not graded).
      if (ics.features.includes('C-49')) await sut.callRaw('ClearCache', {});
      s.groups.set(masterPass.idToken, group);
      // Manual Action: present the master pass. 1-2. AuthorizationRequest with it (tool validation; Part 6 writes
      // valid_idtoken at step 1, the token presented is the master pass), answered Accepted with <Configured masterPassGroupId>.
      const since = Date.now();
      await presentAndAuthorize(ctx, 'masterPass', masterPass, 'Accepted', 'C16.FR.03', group);
      // Note of step 2: the station does not authorize a transaction for it (no TransactionEventRequest Authorized, as
      // TxStartPoint Authorized would send); the OCTT waits <Configured message timeout>.
      await sut.expectNoCall('TransactionEvent', ics.timeouts.messageMs, {
        requirement: 'C16.FR.03', describe: '(authorizing the master pass)', since,
        filter: (p) => p.triggerReason === 'Authorized' || (p.idToken as { idToken?: unknown } | undefined)?.idToken === masterPass.idToken,
      });
      // 3. Reusable State EVConnectedPreSession. 4. The station does NOT start charging: no TransactionEventRequest with
      // triggerReason ChargingStateChanged and chargingState Charging (nor, TxStartPoint Authorized, one authorizing it).
      await evConnectedPreSession(ctx);
      await sut.expectNoCall('TransactionEvent', ics.timeouts.messageMs, {
        requirement: 'C16.FR.03', describe: '(charging for the master pass)', since,
        filter: (p) => p.triggerReason === 'ChargingStateChanged' && (p.transactionInfo as { chargingState?: string } | undefined)?.chargingState === 'Charging',
      });
      txSession(ctx).groups.clear();
    });
  },
});

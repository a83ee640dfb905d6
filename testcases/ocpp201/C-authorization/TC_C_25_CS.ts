import { CaseNotApplicable, defineTestCase } from '../../kit.js';
import { configuredMs } from '../_shared/charging-session.cs.js';
import { establishIdTokenCached, implementsAuthCache } from '../_shared/states.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { goOffline, goOnline, LOCAL_LIST, LOCAL_START, localListCase, offlineConfiguration, tokenOf } from './steps.local-list.js';

// C13 / C14: offline, the Local Authorization List outranks the Authorization Cache (Part 6 Table 109; errata 2025-09 6.2.33).
export const TC_C_25_CS = defineTestCase({
  id: 'TC_C_25_CS', title: 'Offline authorization through local authorization list - Local Authorization List > Authorization Cache',
  version: '2.0.1', sut: 'CS', profiles: [{ profile: LOCAL_LIST, condition: LOCAL_START }], covers: ['C13', 'C13.FR.01', 'C14.FR.01'],
  catches: ['local-list-ignored-offline'],
  async run(ctx) {
    const { sut, operator } = ctx;
    // Prerequisite: AuthCacheCtrlr.Available true (the station claims the Authorization Cache, C-49).
    if (!implementsAuthCache(ctx)) throw new CaseNotApplicable('the case needs the Authorization Cache (C-49)');
    const token = tokenOf(ctx, 'valid');
    const configuration = [
      ...offlineConfiguration(ctx, true),
      { component: 'TxCtrlr', variable: 'StopTxOnInvalidId', value: 'false' },
    ];
    // Memory State: IdTokenCached for the valid idToken; IdTokenLocalAuthList with the same idToken, set as Invalid.
    await localListCase(ctx, configuration, [{ token, status: 'Invalid' }], async (s) => {
      // Reusable State EVConnectedPreSession (with TxStartPoint EVConnected its transaction starts here: not the one step 3 forbids).
      await evConnectedPreSession(ctx);
      const preSession = s.transactionId;
      // 1. Offline. Manual Action: present the idToken; the tool waits <Configured Transaction Duration>.
      await goOffline(ctx);
      await operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
      // 2. Online again. 3. The station does NOT start a transaction (MeterValues are allowed).
      const since = Date.now();
      await goOnline(ctx);
      await sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs, {
        since, requirement: 'C13.FR.01', describe: 'for the idToken the Local Authorization List holds as Invalid',
        // A Started of the pre-session transaction sent again after the reconnection (its answer lost to the outage) is no new transaction.
        filter: (p) => p.idToken?.idToken === token.idToken || (p.eventType === 'Started' && p.transactionInfo.transactionId !== preSession),
      });
    }, () => establishIdTokenCached(ctx, token));
  },
});

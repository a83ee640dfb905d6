import { defineTestCase } from '../../kit.js';
import { configuredMs, transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { core, LOCAL_PRE_AUTHORIZE } from './steps.cs.js';

// Errata 2025-09 6.2.31 applied: the prerequisite names AuthCacheCtrlr.Available (text only; applicability comes from the Part 5 condition below).
export const TC_C_46_CS = defineTestCase({
  id: 'TC_C_46_CS',
  title: 'Store Authorization Data in the Authorization Cache - AuthCacheLifeTime',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49 and C-53')], // Part 5: the Authorization Cache and AuthCacheLifeTime
  covers: ['C10', 'C10.FR.08', 'C10.FR.10'],
  catches: ['auth-cache-lifetime-ignored'],
  async run(ctx) {
    // Configuration State: AuthCacheCtrlr.LifeTime is <Configured Transaction Duration> (in s, at least 1), LocalPreAuthorize true (If implemented).
    const lifeTimeS = Math.max(1, Math.ceil(configuredMs(ctx, 'transactionDurationMs') / 1000));
    const configuration = [{ component: 'AuthCacheCtrlr', variable: 'LifeTime', value: String(lifeTimeS) }, LOCAL_PRE_AUTHORIZE];
    await transactionCase(ctx, { configuration }, async () => {
      // Memory State: IdTokenCached <Configured valid idToken fields> (cached now, so its lifetime starts here).
      await establishIdTokenCached(ctx);
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 1. Wait for <Configured Transaction Duration> (the LifeTime set above).
      await ctx.specifiedWait(lifeTimeS * 1000, 'Configured Transaction Duration (AuthCacheCtrlr.LifeTime)');
      // 2. Reusable State Authorized (local): the entry expired (C10.FR.08 / C10.FR.10), so the station asks the CSMS:
      // AuthorizeRequest with the idToken (the state's tool validation), then the TransactionEventRequest Authorized.
      await authorized(ctx);
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { later, transactionCase } from '../_shared/charging-session.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { cachedRefusedNotAsked } from './steps.cache.cs.js';
import { authCacheEnabled, core, LOCAL_PRE_AUTHORIZE, refusedTokenCached } from './steps.cs.js';

// Errata 2025-09 6.2.22 applied: prerequisite (cache, DisablePostAuthorize, a local or remote start option); the harness
// runs the local scenario, the one whose steps this case follows.
export const TC_C_57_CS = defineTestCase({
  id: 'TC_C_57_CS',
  title: 'Authorization through authorization cache - AuthCacheDisablePostAuthorize',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-59 and C-49')], // Part 5: the option AuthCacheDisablePostAuthorize and the Authorization Cache
  covers: ['C12', 'C12.FR.05', 'C10.FR.03'],
  catches: ['cache-post-authorize-not-disabled'],
  async run(ctx) {
    // Configuration State: AuthCacheCtrlr.Enabled, AuthCtrlr.LocalPreAuthorize true (If implemented), AuthCacheCtrlr.DisablePostAuthorize true.
    const configuration = [authCacheEnabled(true), LOCAL_PRE_AUTHORIZE, { component: 'AuthCacheCtrlr', variable: 'DisablePostAuthorize', value: 'true' }];
    await transactionCase(ctx, { configuration }, async () => {
      // Memory State: IdTokenCached for <Configured invalid IdToken fields>.
      await refusedTokenCached(ctx, 'invalid', 'Invalid');
      // Before: Reusable State EVConnectedPreSession.
      await later(evConnectedPreSession(ctx));
      // Manual Action: present the cached invalid idToken. 1. No AuthorizationRequest, and the authorization is refused.
      await cachedRefusedNotAsked(ctx, 'invalid');
    });
  },
});

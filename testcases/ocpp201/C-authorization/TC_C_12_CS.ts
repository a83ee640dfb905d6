import { defineTestCase, idTokenFor } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { CACHE_POST_AUTHORIZE, core, refusedTokenCached } from './steps.cs.js';

export const TC_C_12_CS = defineTestCase({
  id: 'TC_C_12_CS',
  title: 'Authorization through authorization cache - Invalid & Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49')], // Part 5 (errata 2025-09): the Authorization Cache
  covers: ['C12', 'C12.FR.05', 'C10.FR.03'],
  catches: ['cache-refuses-without-asking'],
  async run(ctx) {
    const token = idTokenFor(ctx, 'invalid');
    await transactionCase(ctx, { configuration: CACHE_POST_AUTHORIZE }, async () => {
      // Memory State: IdTokenCached for <Configured invalid IdToken fields>.
      await refusedTokenCached(ctx, 'invalid', 'Invalid');
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // Manual Action: present the cached invalid idToken. 1-2. AuthorizationRequest with it (tool validation; Part 6
      // names the valid idToken there, the case presents the invalid one), now answered Accepted; 3-4. TransactionEvent (optional).
      await authorized(ctx, { token });
      // 5. Reusable State EnergyTransferStarted (post scenario validation: energy transfer is started).
      await energyTransferStarted(ctx);
    });
  },
});

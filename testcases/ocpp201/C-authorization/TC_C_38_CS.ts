import { defineTestCase } from '../../kit.js';
import { configure, transactionCase } from '../_shared/charging-session.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { authCacheEnabled, core } from './steps.cs.js';

export const TC_C_38_CS = defineTestCase({
  id: 'TC_C_38_CS',
  title: 'Clear Authorization Data in Authorization Cache - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49')], // Part 5 (errata 2025-09): the Authorization Cache
  covers: ['C11', 'C11.FR.02', 'C11.FR.04'],
  catches: ['clear-cache-accepted-when-disabled'],
  async run(ctx) {
    const { sut, expect } = ctx;
    await transactionCase(ctx, { configuration: [authCacheEnabled(true)] }, async () => {
      // Memory State: IdTokenCached for <Configured valid IdToken fields> (stored while the cache is enabled).
      await establishIdTokenCached(ctx);
      // Configuration State: AuthCacheEnabled false (put back after the case).
      await configure(ctx, [authCacheEnabled(false)]);
      // 1-2. ClearCacheRequest; tool validation: ClearCacheResponse status Rejected.
      const res = await sut.call('ClearCache', {}, { requirement: 'C11.FR.02' });
      expect(res.status, 'C11.FR.04: ClearCacheResponse status with AuthCacheEnabled false').to.equal('Rejected');
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { authorizedWithoutCable, expectAuthorize, expectStatus, presentTag } from '../_shared/states.cs.js';
import { cacheCleared } from './steps.cs.js';

export const TC_061_1_CS = defineTestCase({
  id: 'TC_061_1_CS',
  title: 'Clear Authorization Data in Authorization Cache - Local',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.4', '3.5.1', '4.1'],
  catches: ['clear-cache-ignored'],
  async run(ctx) {
    // 1-2. The idTag is cached; ClearCache.req: Accepted.
    const idTag = await cacheCleared(ctx);
    // 3. The idTag is presented: it is no longer in the cache, so Authorize.req is sent (4.1).
    const authorize = expectAuthorize(ctx, idTag, undefined, '5.4');
    const preparing = expectStatus(ctx, 'Preparing');
    await presentTag(ctx, idTag);
    await authorize;
    await preparing;
    authorizedWithoutCable(ctx, idTag);
  },
});

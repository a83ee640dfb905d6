import { defineTestCase } from '../../kit.js';
import { remoteStart } from '../_shared/remote-actions-steps.cs.js';
import { authorizedWithoutCable, expectAuthorize, expectStatus, setConfiguration } from '../_shared/states.cs.js';
import { cacheCleared } from './steps.cs.js';

export const TC_061_2_CS = defineTestCase({
  id: 'TC_061_2_CS',
  title: 'Clear Authorization Data in Authorization Cache - Remote',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.4', '5.11', '9.1.3'],
  catches: ['clear-cache-ignored'],
  async run(ctx) {
    // 1-2. The idTag is cached; ClearCache.req: Accepted.
    const idTag = await cacheCleared(ctx);
    // A remote start is authorized like a local action (9.1.3).
    await setConfiguration(ctx, 'AuthorizeRemoteTxRequests', 'true', { optional: true });
    // 3. RemoteStartTransaction.req with that idTag: Accepted, then Authorize.req (the cache is empty).
    const authorize = expectAuthorize(ctx, idTag, undefined, '5.4');
    const preparing = expectStatus(ctx, 'Preparing');
    await remoteStart(ctx, idTag);
    await authorize;
    await preparing;
    authorizedWithoutCable(ctx, idTag);
  },
});

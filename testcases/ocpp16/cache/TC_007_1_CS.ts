import { CaseNotApplicable, defineTestCase } from '../../kit.js';
import { cacheIdTag, expectStartTransaction, expectStatus, messageMs, pending, plugIn, presentTag, setConfiguration, validTag } from '../_shared/states.cs.js';

export const TC_007_1_CS = defineTestCase({
  id: 'TC_007_1_CS',
  title: 'Regular Start Charging Session - Cached Id',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.5.1', '9.1.2', '9.1.13'],
  catches: ['cache-not-used'],
  async run(ctx) {
    const { sut } = ctx;
    const idTag = validTag(ctx);
    // Precondition: the idTag is in the Authorization Cache (a session authorized by the Central System).
    if (!(await cacheIdTag(ctx, idTag))) throw new CaseNotApplicable('the charge point has no Authorization Cache (no AuthorizationCacheEnabled key)');
    // LocalPreAuthorize = true: a cached valid idTag starts at once, without Authorize.req (9.1.13).
    await setConfiguration(ctx, 'LocalPreAuthorize', 'true');
    // 1. The cable is plugged in: StatusNotification.req Preparing.
    await plugIn(ctx);
    // 2. The cached idTag is presented: StartTransaction.req without Authorize.req before it.
    const noAuthorize = pending(sut.expectNoCall('Authorize', messageMs(ctx), { requirement: '9.1.13', describe: 'the idTag is in the Authorization Cache and LocalPreAuthorize is true' }));
    const charging = expectStatus(ctx, 'Charging');
    const start = expectStartTransaction(ctx, idTag);
    await presentTag(ctx, idTag);
    await start;
    // 3. StatusNotification.req Charging.
    await charging;
    await noAuthorize;
  },
});

import { CaseNotApplicable, defineTestCase } from '../../kit.js';
import { cacheIdTag, connectorOf, expectStartTransaction, expectStatus, messageMs, pending, plugIn, setConfiguration, validTag } from '../_shared/states.cs.js';

export const TC_007_2_CS = defineTestCase({
  id: 'TC_007_2_CS',
  title: 'Remote Start Charging Session - Cached Id',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.5.1', '5.11', '9.1.3', '9.1.13'],
  catches: ['cache-not-used', 'remote-start-rejected'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const idTag = validTag(ctx);
    if (!(await cacheIdTag(ctx, idTag))) throw new CaseNotApplicable('the charge point has no Authorization Cache (no AuthorizationCacheEnabled key)');
    await setConfiguration(ctx, 'LocalPreAuthorize', 'true');
    // A remote start is authorized like a local one (9.1.3): from the cache here.
    await setConfiguration(ctx, 'AuthorizeRemoteTxRequests', 'true', { optional: true });
    // 1. RemoteStartTransaction.req with the cached idTag: Accepted; StatusNotification.req Preparing.
    const noAuthorize = pending(sut.expectNoCall('Authorize', messageMs(ctx), { requirement: '9.1.13', describe: 'the idTag is in the Authorization Cache and LocalPreAuthorize is true' }));
    const preparing = expectStatus(ctx, 'Preparing');
    const res = await sut.call('RemoteStartTransaction', { connectorId: connectorOf(ctx), idTag }, { requirement: '5.11' });
    expect(res.status, '5.11: RemoteStartTransaction.conf status').to.equal('Accepted');
    await preparing;
    // 2. The cable is plugged in: StartTransaction.req, StatusNotification.req Charging.
    const start = expectStartTransaction(ctx, idTag);
    const charging = expectStatus(ctx, 'Charging');
    await plugIn(ctx, null);
    await start;
    await charging;
    await noAuthorize;
  },
});

/** OCTT 1.6 §2.4.1, Table 11: Regular Start Charging Session – Cached Id. Validations are the table's; 1.2/1.3 apply. */
import { CaseNotApplicable, defineTestCase } from '../../kit.js';
import { remoteStart } from '../_shared/remote-actions-steps.cs.js';
import { expectStatus, getConfiguration, messageMs, pending, plugIn, setConfiguration, validTag } from '../_shared/states.cs.js';
import { cacheIdTag, expectStartTransaction } from '../_shared/transactions.cs.js';

export const TC_007_CS = defineTestCase({
  id: 'TC_007_CS',
  title: 'Regular Start Charging Session – Cached Id',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.5.1', '5.11', '9.1.3', '9.1.13'],
  catches: ['cache-not-used', 'remote-start-rejected'],
  async run(ctx) {
    const { sut } = ctx;
    const idTag = validTag(ctx);
    // Prerequisite: the Charge Point has a cache, and AuthorizeRemoteTxRequests is not read-only false.
    // Before: AuthorizationCacheEnabled true, AuthorizeRemoteTxRequests true (if implemented), LocalPreAuthorize true;
    // Memory State IdTagCached for the configured valid idTag.
    if (!(await cacheIdTag(ctx, idTag))) throw new CaseNotApplicable('the charge point has no Authorization Cache (no AuthorizationCacheEnabled key)');
    if ((await getConfiguration(ctx, ['AuthorizeRemoteTxRequests'])).values.has('AuthorizeRemoteTxRequests')) {
      await setConfiguration(ctx, 'AuthorizeRemoteTxRequests', 'true', { optional: true });
    }
    await setConfiguration(ctx, 'LocalPreAuthorize', 'true');
    // [EV driver plugs in the cable] 1. StatusNotification.req Preparing.
    await plugIn(ctx);
    // The scenario has no Authorize.req: the idTag is in the cache and LocalPreAuthorize is true (1.2: messages as in the scenario).
    const noAuthorize = pending(sut.expectNoCall('Authorize', messageMs(ctx) * 2, { requirement: '9.1.13', describe: 'the idTag is in the Authorization Cache and LocalPreAuthorize is true' }));
    // 3-4. RemoteStartTransaction.req: Accepted. 5-8. StartTransaction.req (conf Accepted) and StatusNotification.req Charging, either order.
    const start = expectStartTransaction(ctx, idTag);
    const charging = expectStatus(ctx, 'Charging');
    await remoteStart(ctx, idTag);
    await start;
    await charging;
    await noAuthorize;
  },
});

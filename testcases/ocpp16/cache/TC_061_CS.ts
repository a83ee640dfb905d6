/** OCTT 1.6 §2.4.2, Table 12: Clear Authorization Data in Authorization Cache. Validations are the table's; 1.2/1.3 apply. */
import { CaseNotApplicable, defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { authorizedWithoutCable, deauthorized, expectStatus, getConfiguration, messageMs, presentTag, setConfiguration, validTag } from '../_shared/states.cs.js';
import { expectAuthorize } from '../_shared/transactions.cs.js';

export const TC_061_CS = defineTestCase({
  id: 'TC_061_CS',
  title: 'Clear Authorization Data in Authorization Cache',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.4', '3.5.1', '4.1'],
  catches: ['clear-cache-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const idTag = validTag(ctx);
    // Prerequisite: an authorization cache. Before: AuthorizationCacheEnabled true, LocalPreAuthorize true,
    // ConnectionTimeOut the configured value.
    if (!(await getConfiguration(ctx, ['AuthorizationCacheEnabled'])).values.has('AuthorizationCacheEnabled')) {
      throw new CaseNotApplicable('the charge point has no Authorization Cache (no AuthorizationCacheEnabled key)');
    }
    await setConfiguration(ctx, 'AuthorizationCacheEnabled', 'true');
    await setConfiguration(ctx, 'LocalPreAuthorize', 'true');
    const timeout = configured(ctx, 'connectionTimeOut');
    await setConfiguration(ctx, 'ConnectionTimeOut', String(timeout), { configured: 'connectionTimeOut' });
    // Reusable State Authorized: the valid idTag is presented, Authorize.req (Accepted) and, order-free, 1. StatusNotification.req Preparing.
    const authorized = expectAuthorize(ctx, idTag);
    const preparing = expectStatus(ctx, 'Preparing');
    await presentTag(ctx, idTag);
    await authorized;
    await preparing;
    authorizedWithoutCable(ctx, idTag);
    // [EV driver swipes the card again OR wait for the ConnectionTimeOut.] 3. StatusNotification.req Available.
    // The harness takes the second alternative: a second swipe by a person slower than ConnectionTimeOut would
    // reach an idle Charge Point and authorize it again (from the cache, without Authorize.req).
    await expectStatus(ctx, 'Available', { timeoutMs: timeout * 1000 + messageMs(ctx) * 2 });
    deauthorized(ctx);
    // 5-6. ClearCache.req: Accepted.
    const res = await sut.call('ClearCache', {}, { requirement: '5.4' });
    expect(res.status, '5.4: ClearCache.conf status').to.equal('Accepted');
    // [The EV driver presents the same idTag.] 7. Authorize.req (it is no longer cached); 8. Authorize.conf Accepted.
    const again = expectAuthorize(ctx, idTag, undefined, '5.4');
    await presentTag(ctx, idTag);
    await again;
    authorizedWithoutCable(ctx, idTag);
  },
});

import { CaseNotApplicable, type CaseContext } from '../../kit.js';
import { cacheIdTag, setConfiguration, validTag } from '../_shared/states.cs.js';

/** ClearCache, then a cached idTag must be authorized by the Central System again (5.4, 3.5.1). */
export async function cacheCleared(ctx: CaseContext): Promise<string> {
  const idTag = validTag(ctx);
  if (!(await cacheIdTag(ctx, idTag))) throw new CaseNotApplicable('the charge point has no Authorization Cache (no AuthorizationCacheEnabled key)');
  // With LocalPreAuthorize a cached idTag would start without Authorize.req: after ClearCache it must not.
  await setConfiguration(ctx, 'LocalPreAuthorize', 'true');
  const res = await ctx.sut.call('ClearCache', {}, { requirement: '5.4' });
  ctx.expect(res.status, '5.4: ClearCache.conf status').to.equal('Accepted');
  return idTag;
}

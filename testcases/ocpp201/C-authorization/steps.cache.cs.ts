/** Authorization Cache helpers of the C cases (C10 / C12): refusing from the cache, the cache over a reboot and its lifetime. */
import type { CaseContext, IdTokenName, Payload } from '../../kit.js';
import { idTokenFor } from '../../kit.js';
import { present } from './steps.cs.js';

/**
 * TC_C_57_CS step 1: the `name` idToken, cached as not Accepted, is presented; with AuthCacheCtrlr.DisablePostAuthorize
 * true the station does not send an AuthorizationRequest and refuses it: no TransactionEventRequest authorizes it
 * (triggerReason Authorized or its idToken). The OCTT watches <Configured message timeout> after the manual action.
 */
export async function cachedRefusedNotAsked(ctx: CaseContext<'2.0.1', 'CS'>, name: IdTokenName): Promise<void> {
  const { sut } = ctx;
  const token = idTokenFor(ctx, name);
  const since = Date.now();
  await present(ctx, token);
  const authorizing = (p: Payload) => p.triggerReason === 'Authorized' || (p.idToken as { idToken?: unknown } | undefined)?.idToken === token.idToken;
  await Promise.all([
    sut.expectNoCall('Authorize', ctx.ics.timeouts.messageMs, {
      requirement: 'C12.FR.05 / C10.FR.03 (AuthCacheCtrlr.DisablePostAuthorize true)', describe: `for ${token.idToken}, cached as not Accepted`, since,
    }),
    sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs, {
      requirement: 'C12.FR.05 (the cached status refuses the idToken)', describe: `authorizing ${token.idToken}`, since, filter: authorizing,
    }),
  ]);
}

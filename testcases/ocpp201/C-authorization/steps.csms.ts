import type { CaseContext, IdTokenName } from '../../kit.js';
import { idTokenFor } from '../../kit.js';
import { idTokenStatus } from '../_shared/charging-session.csms.js';
import { idTokenOf } from '../_shared/id-token.js';

/**
 * TC_C_02 / 06 / 07 _CSMS: 1. the OCTT sends an AuthorizationRequest with the configured `name` idToken;
 * 2. the CSMS's AuthorizationResponse idTokenInfo.status must be one of `allowed` (C01.FR.07).
 * A CSMS under test that was given no such token is NOT_APPLICABLE (idTokenFor).
 */
export async function authorizeRefused(ctx: CaseContext<'2.0.1', 'CSMS'>, name: IdTokenName, allowed: string[]): Promise<void> {
  const idToken = idTokenOf(idTokenFor(ctx, name));
  const answer = await ctx.sut.call('Authorize', { idToken }, { requirement: 'C01.FR.07' });
  ctx.expect(idTokenStatus(answer), `C01.FR.07: AuthorizeResponse idTokenInfo.status for the configured ${name} idToken`).to.be.oneOf(allowed);
}

import type { CaseContext, IdTokenSpec } from '../../kit.js';
import { authorize } from '../_shared/states.csms.js';

/** [EV driver presents an identification the Central System knows as `status`.] 1-2. Authorize.req; idTagInfo.status is `status` (4.1). */
export async function authorizeAnswers(ctx: CaseContext<'1.6', 'CSMS'>, token: IdTokenSpec, status: 'Invalid' | 'Expired' | 'Blocked'): Promise<void> {
  ctx.expect(await authorize(ctx, token.idToken), '4.1: Authorize.conf idTagInfo.status').to.equal(status);
}

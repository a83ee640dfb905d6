import type { CaseContext } from '../../kit.js';
import { connectorOf, validTag } from '../_shared/states.cs.js';

/** RemoteStartTransaction.req for the valid idTag on the first connector: Accepted (5.11). */
export async function remoteStart(ctx: CaseContext<'1.6', 'CS'>, idTag = validTag(ctx)): Promise<void> {
  const res = await ctx.sut.call('RemoteStartTransaction', { connectorId: connectorOf(ctx), idTag }, { requirement: '5.11' });
  ctx.expect(res.status, '5.11: RemoteStartTransaction.conf status').to.equal('Accepted');
}

import type { CaseContext } from '../../kit.js';
import { connectorId, csmsSends } from '../_shared/states.csms.js';

/** 1-2. The Central System sends UnlockConnector.req for the connector the operator asked for; the Charge Point answers `status`. */
export async function unlock(ctx: CaseContext<'1.6', 'CSMS'>, status: 'Unlocked' | 'UnlockFailed' | 'NotSupported', connector = connectorId(ctx)): Promise<void> {
  const req = await csmsSends(ctx, 'UnlockConnector', () => ({ status }), { hint: { connectorId: connector }, requirement: '5.18' });
  ctx.expect(req.payload.connectorId, '5.18: UnlockConnector.req connectorId').to.equal(connector);
}

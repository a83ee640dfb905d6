import type { CaseContext } from '../../kit.js';
import { booted, csmsSends } from '../_shared/states.csms.js';

/** 1-6: the Central System sends Reset.req of `type`; the Charge Point accepts, reboots and is Accepted again. */
export async function reset(ctx: CaseContext<'1.6', 'CSMS'>, type: 'Hard' | 'Soft'): Promise<void> {
  // 1-2. The Central System sends Reset.req with the type the operator asked for; the Charge Point accepts.
  const req = await csmsSends(ctx, 'Reset', () => ({ status: 'Accepted' as const }), { hint: { type }, requirement: '5.14' });
  ctx.expect(req.payload.type, '5.14: Reset.req type').to.equal(type);
  // 3-6. The Charge Point reboots: BootNotification.req (Accepted), StatusNotification.req Available per connector and connectorId 0.
  await booted(ctx);
}

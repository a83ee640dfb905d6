import type { CaseContext, Payload } from '../../kit.js';
import { csmsSends } from '../_shared/states.csms.js';

/** 1-2. The Central System sends ChangeConfiguration.req for the key and value the operator asked; the Charge Point answers `status`. */
export async function changeConfiguration(ctx: CaseContext<'1.6', 'CSMS'>, key: string, value: string, status: 'Accepted' | 'Rejected' | 'NotSupported'): Promise<Payload> {
  const { expect } = ctx;
  const req = await csmsSends(ctx, 'ChangeConfiguration', () => ({ status }), { hint: { key, value }, requirement: '5.3' });
  expect(req.payload.key, '5.3: ChangeConfiguration.req key').to.equal(key);
  return req.payload;
}

import type { CaseContext } from '../../kit.js';
import { getConfiguration } from '../_shared/states.cs.js';

/** GetConfiguration AuthorizeRemoteTxRequests: whether a remote start is authorized first (9.1.3, required key). */
export async function authorizesRemoteStart(ctx: CaseContext<'1.6', 'CS'>): Promise<boolean> {
  const { values } = await getConfiguration(ctx, ['AuthorizeRemoteTxRequests']);
  const value = values.get('AuthorizeRemoteTxRequests')?.value;
  ctx.expect(value, '9.1.3: GetConfiguration.conf AuthorizeRemoteTxRequests (required key)').to.be.a('string');
  return String(value).toLowerCase() === 'true';
}

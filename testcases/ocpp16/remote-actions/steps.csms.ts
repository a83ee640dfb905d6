import type { CaseContext } from '../../kit.js';
import { authorize, connectorId, csmsSends, idTagStatus, startTransaction, validIdTag } from '../_shared/states.csms.js';

/** Steps "The Central System sends a RemoteStartTransaction.req" (answered Accepted): returns the idTag it carries. */
export async function remoteStart(ctx: CaseContext<'1.6', 'CSMS'>): Promise<string> {
  const { expect } = ctx;
  const hint = { idTag: validIdTag(ctx), connectorId: connectorId(ctx) };
  const req = await csmsSends(ctx, 'RemoteStartTransaction', () => ({ status: 'Accepted' as const }), { hint, requirement: '5.11' });
  expect(req.payload.idTag, '5.11: RemoteStartTransaction.req idTag (the one the operator asked for)').to.equal(hint.idTag);
  if (req.payload.connectorId !== undefined) expect(req.payload.connectorId, '5.11: RemoteStartTransaction.req connectorId').to.equal(hint.connectorId);
  return String(req.payload.idTag);
}

/** The Charge Point (AuthorizeRemoteTxRequests = true) authorizes the remote idTag, then starts the transaction. */
export async function authorizeRemote(ctx: CaseContext<'1.6', 'CSMS'>, idTag: string): Promise<void> {
  ctx.expect(await authorize(ctx, idTag), '4.1: Authorize.conf idTagInfo.status').to.equal('Accepted');
}

export async function startRemote(ctx: CaseContext<'1.6', 'CSMS'>, idTag: string): Promise<void> {
  ctx.expect(idTagStatus(await startTransaction(ctx, { idTag })), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Accepted');
}

/**
 * Steps of the OCTT 1.6 §2.20 cases that use a reservation (TC_046_1/2, TC_049, TC_053), Charge Point under test:
 * the reservation's idTag (or one with its parentIdTag) starts a transaction on the reserved connector, whose
 * StartTransaction.req carries the reservationId (5.13). The transaction is left to the general preconditions
 * (residue), as the reusable state Charging leaves it.
 */
import type { CaseContext, Request } from '../../kit.js';
import { expectStatus, plugIn, presentTag } from '../_shared/states.cs.js';
import { remoteStart } from '../_shared/remote-actions-steps.cs.js';
import { expectStartTransaction, idTagInfo, type StartedTransaction } from '../_shared/transactions.cs.js';

type Ctx = CaseContext<'1.6', 'CS'>;

/**
 * The steps' Authorize.req is optional: every Authorize.req of the case from now on is answered Accepted (with
 * `parentIdTag`, the Central System's idTagInfo of the idTag). Returns the idTags of those sent from now on.
 */
export function optionalAuthorize(ctx: Ctx, parentIdTag?: string): () => string[] {
  const from = ctx.sut.receivedPayloads('Authorize').length;
  ctx.sut.autoAnswer('Authorize', { idTagInfo: idTagInfo('Accepted', parentIdTag) });
  return () => ctx.sut.receivedPayloads('Authorize').slice(from).map((p) => String(p.idTag));
}

/** Step: the StartTransaction.req names the reservation (its reservationId included and equal to step 1's). */
export function expectReservationId(ctx: Ctx, started: StartedTransaction, reservation: Request<'1.6', 'ReserveNow'>, step: string): void {
  ctx.expect(started.call.payload.reservationId, `5.13: ${step} StartTransaction.req reservationId (the reservationId of step 1)`).to.equal(reservation.reservationId);
}

/**
 * [The EV driver presents `idTag` at the reserved connector] an optional Authorize.req for it, StatusNotification.req
 * Preparing; [plugs in the cable] StartTransaction.req for `idTag` (answered Accepted), StatusNotification.req Charging.
 */
export async function localStartOnReservation(ctx: Ctx, idTag: string, parentIdTag?: string): Promise<{ started: StartedTransaction; authorized: string[] }> {
  const preparing = expectStatus(ctx, 'Preparing');
  preparing.catch(() => undefined);
  const authorizeSent = optionalAuthorize(ctx, parentIdTag);
  await presentTag(ctx, idTag);
  await preparing;
  const authorized = authorizeSent();
  const start = expectStartTransaction(ctx, idTag, idTagInfo('Accepted', parentIdTag), { requirement: '5.13' });
  const charging = expectStatus(ctx, 'Charging');
  charging.catch(() => undefined);
  await plugIn(ctx, null);
  const started = await start;
  await charging;
  return { started, authorized };
}

/**
 * Charging by the Central System: [the EV is plugged in] Preparing; RemoteStartTransaction.req for `idTag` on the
 * reserved connector; an optional Authorize.req; StartTransaction.req (answered Accepted); StatusNotification.req Charging.
 */
export async function remoteStartOnReservation(ctx: Ctx, idTag: string): Promise<StartedTransaction> {
  await plugIn(ctx);
  optionalAuthorize(ctx);
  const start = expectStartTransaction(ctx, idTag, idTagInfo('Accepted'), { requirement: '5.13' });
  const charging = expectStatus(ctx, 'Charging');
  charging.catch(() => undefined);
  await remoteStart(ctx, idTag);
  const started = await start;
  await charging;
  return started;
}

/**
 * OCPP 1.6 transactions on a reserved connector (5.13 Reserve Now): only the reservation's idTag, or an
 * idTag with the reservation's parentIdTag, may charge there; its transaction uses the reservation up and
 * StartTransaction.req carries the reservationId. The reservation itself is H Reservation's (its port).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { EvseState, Reservation } from '../../ports.js';
import type { IdToken } from '../../types.js';
import type { AuthDecision } from '../C-authorization/port.js';
import { reservationFor } from '../H-reservation/port.js';

export type ReservedClaim = { allowed: false } | { allowed: true; reservationId?: number };

/** The parentIdTag of an idTag: from the Authorize.conf it just got, else what the list or the cache knows. */
function parentOf(ctx: StationContext, token: IdToken, decision?: AuthDecision): string | undefined {
  // Fault: the parentIdTag is not looked at, only the reservation's own idTag is admitted (5.13).
  if (ctx.faults.has('reservation-16-parent-ignored')) return undefined;
  const given = decision?.info?.parentIdTag;
  return typeof given === 'string' ? given : ctx.auth.groupOf(token);
}

/**
 * Before any Authorize.req: an idTag that is not the reservation's, on a reservation without parentIdTag, cannot
 * use the connector, so the Charge Point refuses it at once (its parentIdTag would not help).
 */
export function reservedForOther(ctx: StationContext, evse: EvseState, token: IdToken): Reservation | undefined {
  const r = evse.reservation;
  if (!r || r.idToken === token.idToken || r.groupIdToken !== undefined) return undefined;
  return reservationFor(ctx, evse, token.idToken, undefined).kind === 'other' ? r : undefined;
}

/** May an authorized `token` use `evse`? With its own reservation, the reservationId its StartTransaction.req carries. */
export function claimReserved16(ctx: StationContext, evse: EvseState, token: IdToken, decision?: AuthDecision): ReservedClaim {
  const match = reservationFor(ctx, evse, token.idToken, parentOf(ctx, token, decision));
  if (match.kind === 'other') {
    ctx.log.info(`connector ${evse.id} is reserved (reservation ${match.reservation.id}) for another idTag: ${token.idToken} may not charge there`);
    return { allowed: false };
  }
  return match.kind === 'own' ? { allowed: true, reservationId: match.reservation.id } : { allowed: true };
}

/** The transaction starts: the reservation is used up (5.13) and the StartTransaction.req fields it adds. */
export function startOnReservation(ctx: StationContext, evse: EvseState, reservationId: number | undefined): Payload {
  if (reservationId === undefined) return {};
  // The transaction's own StatusNotification follows (startTx reports the connector), so nothing is reported here.
  if (evse.reservation?.id === reservationId) delete evse.reservation;
  // Fault: the StartTransaction.req of the reservation's transaction has no reservationId (5.13).
  return ctx.faults.has('start-tx-16-no-reservation-id') ? {} : { reservationId };
}

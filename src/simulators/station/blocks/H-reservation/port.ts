/**
 * What the other blocks may use of H Reservation: whether the reservation on an EVSE lets an idToken
 * charge there (H03.FR.01-08, F01.FR.21-22), and using it up when it does (H03.FR.09-10).
 */
import type { StationContext } from '../../context.js';
import type { EvseState, Reservation } from '../../ports.js';

/** What the reservation on an EVSE means for a token: none there, the token's own (its id), or another's. */
export type ReservationMatch = { kind: 'none' } | { kind: 'own'; reservation: Reservation } | { kind: 'other'; reservation: Reservation };

/**
 * H03.FR.01 / FR.04: the reservation on `evse` admits `idToken`, or a token whose groupIdToken (`group`: from
 * the Local Authorization List, the cache or the AuthorizeResponse, H03.FR.07-08) is the reservation's.
 */
export function reservationFor(ctx: Pick<StationContext, 'faults'>, evse: EvseState, idToken: string, group: string | undefined): ReservationMatch {
  const r = evse.reservation;
  if (!r) return { kind: 'none' };
  // Fault reservation-any-token: any idToken may use the reserved EVSE (H03.FR.01, F01.FR.21/22).
  if (ctx.faults.has('reservation-any-token')) return { kind: 'own', reservation: r };
  if (r.idToken === idToken) return { kind: 'own', reservation: r };
  // Fault reservation-group-ignored: a token of the reservation's group is refused (H03.FR.04).
  const byGroup = r.groupIdToken !== undefined && group === r.groupIdToken && !ctx.faults.has('reservation-group-ignored');
  return byGroup ? { kind: 'own', reservation: r } : { kind: 'other', reservation: r };
}

/**
 * H03.FR.09-10: the token the reservation admitted is presented: the reservation is used, its connectors leave
 * Reserved (Available, or Occupied with a cable in). Returns the reservationId the next TransactionEvent carries
 * (H01.FR.15). The H block's expiry timer finds the reservation gone and does nothing.
 */
export function consumeReservation(ctx: Pick<StationContext, 'faults' | 'evses'>, evse: EvseState, reservation: Reservation): number {
  // Fault reservation-not-consumed: the reservation stays after its token was presented (H03.FR.09-10).
  if (evse.reservation === reservation && !ctx.faults.has('reservation-not-consumed')) {
    delete evse.reservation;
    ctx.evses.report(evse);
  }
  return reservation.id;
}

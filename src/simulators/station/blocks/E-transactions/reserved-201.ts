/**
 * OCPP 2.0.1 transactions on a reserved EVSE (H03): an idToken authorized there charges only when the
 * reservation is its own (or its group's); then the reservation is used up and the next TransactionEvent
 * names it (H01.FR.15). The reservation itself is H Reservation's (its port).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { EvseState } from '../../ports.js';
import type { IdToken } from '../../types.js';
import type { AuthDecision } from '../C-authorization/port.js';
import { consumeReservation, reservationFor } from '../H-reservation/port.js';
import type { Session } from './session-201.js';

/**
 * The groupIdToken of an authorized token: the one the CSMS gave with this authorization (H03.FR.08), else
 * what the Local Authorization List or the cache knows (H03.FR.07).
 */
function groupOf(ctx: StationContext, token: IdToken, decision?: AuthDecision): string | undefined {
  const given = (decision?.info?.groupIdToken as Payload | undefined)?.idToken;
  return typeof given === 'string' ? given : ctx.auth.groupOf(token);
}

/** May `token` start a session on `evse`? False when the EVSE is reserved for another idToken and group (H03.FR.01, FR.04). */
export function reservationAllows(ctx: StationContext, evse: EvseState, token: IdToken, decision?: AuthDecision): boolean {
  return reservationFor(ctx, evse, token.idToken, groupOf(ctx, token, decision)).kind !== 'other';
}

/**
 * An authorized `token` about to start a session on `evse`: false (and nothing changes) when the EVSE is
 * reserved for someone else; true otherwise, having used up the token's reservation (H03.FR.09) and left
 * its id for the session's next TransactionEvent (H01.FR.15).
 */
export function claimReservation(ctx: StationContext, evse: EvseState, s: Session, token: IdToken, decision?: AuthDecision): boolean {
  const match = reservationFor(ctx, evse, token.idToken, groupOf(ctx, token, decision));
  if (match.kind === 'other') {
    ctx.log.info(`EVSE ${evse.id} is reserved (reservation ${match.reservation.id}) for another idToken: ${token.idToken} may not charge there`);
    return false;
  }
  if (match.kind === 'own') s.pendingReservationId = consumeReservation(ctx, evse, match.reservation);
  return true;
}

/**
 * H Reservation of the reference CSMS: the default ReserveNow / CancelReservation payloads (H01, H02; the
 * operator's hint goes on top: `evseId: null` asks for an unspecified EVSE, R-2) and the answer to ReservationStatusUpdate (H04.FR.02, H01.FR.16). The CSMS
 * remembers the last reservation it made per station, so "cancel the reservation made at step 1" needs no hint.
 */
import type { Payload } from '../../../../rpc/codec.js';
import { callError, ok, type HandlerTable, type RequestContext } from '../../types.js';
import type { CsmsBlockFactory, RequestBuilders } from '../../block-host.js';
import type { FAULTS } from './faults.js';
import { acceptedToken, isoFromNow } from '../../request-helpers.js';

type Faults = (typeof FAULTS)[number]['name'];

const HOUR_MS = 3600 * 1000;

const expiry = (ctx: RequestContext<Faults>): string => isoFromNow(ctx, HOUR_MS);

export class CsmsReservations {
  /** The id of the last reservation made, per station. */
  private readonly last = new Map<string, number>();

  private made(ctx: RequestContext<Faults>, hint: Payload, idKey: 'id' | 'reservationId'): number {
    const id = typeof hint[idKey] === 'number' ? hint[idKey] : ctx.nextRequestId();
    this.last.set(ctx.stationId, id);
    return id;
  }

  private toCancel(ctx: RequestContext<Faults>, hint: Payload): number {
    const id = typeof hint.reservationId === 'number' ? hint.reservationId : (this.last.get(ctx.stationId) ?? 1);
    // Fault: the request names another reservation than the one made (TC_H_17_CSMS step 5).
    return ctx.version === '2.0.1' && ctx.csms.hasFault('cancel-wrong-reservation') ? id + 1 : id;
  }

  requests(): RequestBuilders<Faults> {
    return {
      '2.0.1': {
        ReserveNow: (ctx, hint) => ({
          id: this.made(ctx, hint, 'id'), idToken: acceptedToken(ctx), evseId: 1,
          // Fault: the required expiryDateTime is left out (schema violation).
          ...(ctx.csms.hasFault('reserve-no-expiry') ? {} : { expiryDateTime: expiry(ctx) }),
          // Fault: a connectorType although a specific EVSE is reserved (Part 6 Reserved step 1: omitted).
          ...(ctx.csms.hasFault('reserve-adds-connector-type') ? { connectorType: 'cType1' } : {}),
        }),
        CancelReservation: (ctx, hint) => ({ reservationId: this.toCancel(ctx, hint) }),
      },
      '1.6': {
        ReserveNow: (ctx, hint) => ({ connectorId: 1, expiryDate: expiry(ctx), idTag: acceptedToken(ctx).idToken, reservationId: this.made(ctx, hint, 'reservationId') }),
        CancelReservation: (ctx, hint) => ({ reservationId: this.toCancel(ctx, hint) }),
      },
    };
  }

  /** The request faults that act after the operator's hint (which names the EVSE, or none, and the group). */
  shapeRequest(ctx: RequestContext<Faults>, action: string, p: Payload): Payload {
    if (action !== 'ReserveNow' || ctx.version !== '2.0.1') return p;
    const q = { ...p };
    // Fault: the groupIdToken asked for is left out (TC_H_19_CSMS step 1).
    if (ctx.csms.hasFault('reserve-drops-group')) delete q.groupIdToken;
    // Fault: the connectorType asked for is left out (TC_H_15_CSMS step 1).
    if (ctx.csms.hasFault('reserve-connector-type-dropped')) delete q.connectorType;
    // Fault: an EVSE although an unspecified one was asked for (TC_H_08_CSMS step 1: evseId omitted).
    if (q.evseId === undefined && ctx.csms.hasFault('reserve-unspecified-adds-evse')) q.evseId = 1;
    return q;
  }

  handlers(): HandlerTable<Faults> {
    return {
      ReservationStatusUpdate: (p, ctx) => {
        if (ctx.csms.hasFault('reservation-status-update-unhandled')) return callError('InternalError', 'reservation status updates are not handled');
        ctx.csms.log(`${ctx.session.stationId}: reservation ${String(p.reservationId)} ${String(p.reservationUpdateStatus)}`);
        if (this.last.get(ctx.session.stationId) === p.reservationId) this.last.delete(ctx.session.stationId);
        return ok();
      },
    };
  }
}

export const create: CsmsBlockFactory<Faults> = (host) => (host.versions.length ? new CsmsReservations() : undefined);

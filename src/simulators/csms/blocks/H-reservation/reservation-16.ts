/**
 * H Reservation of the reference CSMS, OCPP 1.6 (5.13 Reserve Now, 5.1 Cancel Reservation): the default
 * ReserveNow / CancelReservation payloads (the operator's hint goes on top: connectorId, idTag, expiryDate,
 * reservationId) and the 1.6 request faults, which act after the hint. It wraps the block's instance
 * (reservation.ts keeps the 2.0.1 side and the answers), so the list's line stays one line.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { CsmsBlockFactory, CsmsBlockInstance } from '../../block-host.js';
import type { RequestBuilder, RequestContext } from '../../types.js';
import { acceptedToken, isoFromNow } from '../../request-helpers.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const HOUR_MS = 3600 * 1000;

class Reservations16 {
  /** The reservationId of the last ReserveNow per station (CancelReservation names it when the operator gives none). */
  private readonly last = new Map<string, number>();

  readonly requests: Readonly<Record<string, RequestBuilder<Faults>>> = {
    ReserveNow: (ctx, hint) => {
      const reservationId = typeof hint.reservationId === 'number' ? hint.reservationId : ctx.nextRequestId();
      this.last.set(ctx.stationId, reservationId);
      return { connectorId: 1, expiryDate: isoFromNow(ctx, HOUR_MS), idTag: acceptedToken(ctx).idToken, reservationId };
    },
    CancelReservation: (ctx, hint) => ({ reservationId: typeof hint.reservationId === 'number' ? hint.reservationId : (this.last.get(ctx.stationId) ?? 1) }),
  };

  /** The 1.6 faults, on the request built from the default and the hint. */
  shape(ctx: RequestContext<Faults>, action: string, payload: Payload): Payload {
    if (ctx.version !== '1.6') return payload;
    const has = ctx.csms.hasFault;
    const p: Payload = { ...payload };
    if (action === 'ReserveNow') {
      // Faults: a UI that can only reserve the whole Charge Point / only a specific connector; one with a fixed expiry.
      if (has('reserve-16-any-connector')) p.connectorId = 0;
      if (has('reserve-16-specific-connector') && p.connectorId === 0) p.connectorId = 1;
      if (has('reserve-16-expiry-fixed')) p.expiryDate = isoFromNow(ctx, HOUR_MS);
      // Fault: a UI without the parentIdTag field (TC_053_CSMS).
      if (has('reserve-16-drops-parent')) delete p.parentIdTag;
    }
    if (action === 'CancelReservation') {
      const last = this.last.get(ctx.stationId);
      // Faults: the cancel names another reservation than asked (one above), or always the last one made.
      if (has('cancel-16-wrong-reservation')) p.reservationId = Number(p.reservationId) + 1;
      if (has('cancel-16-last-reservation') && last !== undefined) p.reservationId = last;
    }
    return p;
  }
}

/** The block's factory with the 1.6 side added to what it builds. */
export function withReservations16(create: CsmsBlockFactory<Faults>): CsmsBlockFactory<Faults> {
  return (host) => {
    const inner = create(host);
    if (!host.versions.includes('1.6')) return inner;
    const r16 = new Reservations16();
    // The inner block is a class instance: its methods are on the prototype, so they are called through it, not spread.
    const instance: CsmsBlockInstance<Faults> = {
      ...(inner?.handlers ? { handlers: () => inner.handlers!() } : {}),
      requests: () => ({ ...(inner?.requests?.() ?? {}), '1.6': r16.requests }),
      shapeRequest: (ctx, action, payload) => r16.shape(ctx, action, inner?.shapeRequest ? inner.shapeRequest(ctx, action, payload) : payload),
    };
    return instance;
  };
}

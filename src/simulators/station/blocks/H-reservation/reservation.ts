/**
 * Reservations (2.0.1 H01, H02, H04) for a specific EVSE: ReserveNow, CancelReservation, expiry with
 * ReservationStatusUpdate, cancelled when the EVSE goes Inoperative or Faulted (H01.FR.16-17). Who may use a
 * reservation and its consumption (H03) are in port.ts, for E's sessions. A reservation lives on the EVSE it reserves (`EvseState.reservation`), so it
 * survives a reboot as B01.FR.13 / B11.FR.05 require; the EVSE's connectors then report Reserved.
 * Reservations of an unspecified EVSE or a connectorType, when the ICS claims them, go to a free EVSE (unspecified.ts).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockHost, BlockInstance } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import type { EvseState, Reservation } from '../../ports.js';
import type { FAULTS } from './faults.js';
import { displayOf, unspecifiedTarget } from './unspecified.js';

type Faults = (typeof FAULTS)[number]['name'];

export class Reservations implements BlockInstance {
  private readonly ctx: BlockHost<Faults>;

  constructor(ctx: BlockHost<Faults>) {
    this.ctx = ctx;
    ctx.evses.onReservedUnusable((evse) => this.removed(evse));
  }

  /** H01.FR.16-17: the reserved EVSE went Faulted or Inoperative: the reservation is cancelled, ReservationStatusUpdate Removed. */
  private removed(evse: EvseState): void {
    const r = evse.reservation;
    // Fault: the reservation outlives the EVSE's Inoperative state, unannounced (H01.FR.17).
    if (!r || this.ctx.faults.has('inoperative-keeps-reservation')) return;
    this.end(evse);
    void this.ctx.send('ReservationStatusUpdate', { reservationId: r.id, reservationUpdateStatus: 'Removed' });
  }

  private find(id: number): EvseState | undefined {
    return this.ctx.evses.list.find((e) => e.reservation?.id === id);
  }

  /** Ends the reservation on `evse`; its connectors report Available again (when idle). */
  private end(evse: EvseState): void {
    if (!evse.reservation) return;
    this.ctx.timers.clear(`reservation-${evse.reservation.id}`);
    delete evse.reservation;
    this.ctx.evses.report(evse);
  }

  /** H04.FR.01-02: at expiryDateTime the EVSE becomes Available and the CSMS gets ReservationStatusUpdate Expired. */
  private arm(evse: EvseState, r: Reservation): void {
    this.ctx.timers.timeout(`reservation-${r.id}`, r.expiresAt - Date.now(), () => {
      if (evse.reservation?.id !== r.id) return;
      this.end(evse);
      // Fault: the reservation ends without a word to the CSMS (H04.FR.02).
      if (this.ctx.faults.has('reservation-expiry-silent')) return;
      void this.ctx.send('ReservationStatusUpdate', { reservationId: r.id, reservationUpdateStatus: 'Expired' });
    });
  }

  /** The ReserveNowResponse status for `evse` (H01.FR.11: Occupied when reserved for another or in use). */
  private verdict(evse: EvseState | undefined, id: number): string {
    const has = (f: Faults) => this.ctx.faults.has(f);
    if (!evse) return 'Rejected';
    if (evse.faulted) return 'Faulted';
    // Faults: Accepted where H01.FR.14 / FR.11 / FR.13 answer Unavailable / Occupied.
    if (this.ctx.evses.isInoperative(evse) && !has('reserve-unavailable-accepted')) return 'Unavailable';
    if (evse.reservation && evse.reservation.id !== id && !has('reserve-reserved-accepted')) return 'Occupied';
    if ((evse.ev.plugged || this.ctx.tx.hasTransaction(evse.id)) && !has('reserve-occupied-accepted')) return 'Occupied';
    return 'Accepted';
  }

  handlers(): HandlerTable {
    return {
      ReserveNow: (p) => {
        const id = Number(p.id);
        // H01.FR.01: reservations switched off (ReservationCtrlr.Enabled false). Fault: taken all the same.
        if (!this.ctx.settings.bool('reservationEnabled') && !this.ctx.faults.has('reservation-disabled-accepted')) return { payload: { status: 'Rejected' } };
        const idToken = p.idToken as Payload;
        const group = p.groupIdToken as Payload | undefined;
        // Without evseId: an unspecified EVSE or a connectorType (R-2, R-1; unspecified.ts), held on a free EVSE.
        const unspecified = p.evseId === undefined;
        const target = unspecified ? unspecifiedTarget(this.ctx, p, (e) => this.verdict(e, id)) : undefined;
        const evse = target ? target.evse : this.ctx.evses.get(Number(p.evseId));
        const status = target ? target.status : this.verdict(evse, id);
        if (status !== 'Accepted' || !evse) return { payload: { status } };
        return {
          payload: { status },
          after: () => {
            // H01.FR.02: a reservation with a known id replaces that reservation.
            const previous = this.find(id);
            if (previous && previous !== evse) this.end(previous);
            // Fault: Accepted, but the reservation with that id stays as it was (H01.FR.02).
            if (previous === evse && this.ctx.faults.has('reserve-replace-ignored')) return;
            const r: Reservation = {
              id, idToken: String(idToken.idToken), expiresAt: Date.parse(String(p.expiryDateTime)),
              ...(group ? { groupIdToken: String(group.idToken) } : {}),
              ...(unspecified ? displayOf(this.ctx) : {}),
            };
            evse.reservation = r;
            this.arm(evse, r);
            this.ctx.evses.report(evse);
          },
        };
      },
      CancelReservation: (p) => {
        // H02.FR.01-02: Accepted and the EVSE Available for a known reservation, Rejected otherwise.
        const evse = this.find(Number(p.reservationId));
        // Fault: an unknown reservationId is Accepted too (H02.FR.01).
        if (!evse) return { payload: { status: this.ctx.faults.has('cancel-unknown-accepted') ? 'Accepted' : 'Rejected' } };
        // Fault: Accepted, but the EVSE stays reserved (H02.FR.02).
        if (this.ctx.faults.has('cancel-keeps-reserved')) return { payload: { status: 'Accepted' } };
        return { payload: { status: 'Accepted' }, after: () => this.end(evse) };
      },
    };
  }
}

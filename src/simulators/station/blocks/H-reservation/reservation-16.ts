/**
 * Reservations as an OCPP 1.6 Charge Point makes them (5.13 Reserve Now, 5.1 Cancel Reservation): a
 * connector, or connector 0 (any connector, when ReserveConnectorZeroSupported is true: the first free
 * connector is held for it). A reservation lives on the connector it holds (`EvseState.reservation`), whose
 * idle status is then Reserved; at expiryDate it ends and the connector reports Available again.
 * Not done here: refusing other idTags and the reservationId of StartTransaction (E's transactions).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockHost, BlockInstance } from '../../block-host.js';
import type { EvseState, Reservation } from '../../ports.js';
import type { HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];
type Verdict = 'Accepted' | 'Faulted' | 'Occupied' | 'Rejected' | 'Unavailable';

export class Reservations16 implements BlockInstance {
  private readonly ctx: BlockHost<Faults>;

  constructor(ctx: BlockHost<Faults>) {
    this.ctx = ctx;
  }

  private has(f: Faults): boolean {
    return this.ctx.faults.has(f);
  }

  private find(id: number): EvseState | undefined {
    return this.ctx.evses.list.find((e) => e.reservation?.id === id);
  }

  private occupied(evse: EvseState): boolean {
    return evse.ev.plugged || this.ctx.tx.hasTransaction(evse.id);
  }

  /** Ends the reservation on `evse`: its connector reports its status again (Available when idle, 5.13). */
  private end(evse: EvseState): void {
    if (!evse.reservation) return;
    this.ctx.timers.clear(`reservation16-${evse.reservation.id}`);
    delete evse.reservation;
    this.ctx.evses.report(evse);
  }

  /** 5.13: at expiryDate the reservation ends and the connector is made available (StatusNotification). */
  private arm(evse: EvseState, r: Reservation): void {
    // Fault: the reservation never expires (the connector stays Reserved).
    if (this.has('reservation-16-never-expires')) return;
    this.ctx.timers.timeout(`reservation16-${r.id}`, Math.max(0, r.expiresAt - Date.now()), () => {
      if (evse.reservation?.id === r.id) this.end(evse);
    });
  }

  /** 5.13 for one connector: Faulted, Unavailable, Occupied (in use or reserved by another reservation), else Accepted. */
  private connectorVerdict(evse: EvseState | undefined, id: number): Verdict {
    if (!evse) return 'Rejected';
    if (evse.faulted && !this.has('reserve-16-faulted-accepted')) return 'Faulted';
    if (this.ctx.evses.isInoperative(evse) && !this.has('reserve-16-unavailable-accepted')) return 'Unavailable';
    const reservedByOther = evse.reservation !== undefined && evse.reservation.id !== id;
    if ((reservedByOther || this.occupied(evse)) && !this.has('reserve-16-occupied-accepted')) return 'Occupied';
    return 'Accepted';
  }

  /** 5.13 for connector 0: Rejected unless ReserveConnectorZeroSupported; the Charge Point's state; else the first free connector. */
  private zeroVerdict(id: number): { status: Verdict; evse?: EvseState } {
    if (!this.ctx.settings.bool('reserveConnectorZeroSupported')) return { status: 'Rejected' };
    const all = this.ctx.evses.list;
    if (all.every((e) => e.faulted) && !this.has('reserve-16-faulted-accepted')) return { status: 'Faulted' };
    if ((this.ctx.evses.stationAvailability === 'Inoperative' || all.every((e) => this.ctx.evses.isInoperative(e))) && !this.has('reserve-16-unavailable-accepted')) {
      return { status: 'Unavailable' };
    }
    const free = all.find((e) => this.connectorVerdict(e, id) === 'Accepted' && !this.occupied(e) && (!e.reservation || e.reservation.id === id));
    if (free) return { status: 'Accepted', evse: free };
    return this.has('reserve-16-occupied-accepted') ? { status: 'Accepted' } : { status: 'Occupied' };
  }

  handlers(): HandlerTable {
    return {
      ReserveNow: (p) => {
        const id = Number(p.reservationId);
        const connectorId = Number(p.connectorId);
        // 5.13: a Charge Point configured not to accept reservations (no Reservation profile) returns Rejected.
        const profiles = this.ctx.options.profiles;
        if (profiles && !profiles.includes('Reservation') && !this.has('reserve-16-unsupported-accepted')) return { payload: { status: 'Rejected' } };
        const zero = connectorId === 0 ? this.zeroVerdict(id) : undefined;
        const evse = zero ? zero.evse : this.ctx.evses.get(connectorId);
        const status = zero ? zero.status : this.connectorVerdict(evse, id);
        if (status !== 'Accepted' || !evse) return { payload: { status } };
        return {
          payload: { status },
          after: () => {
            // 5.13: a reservation with a known reservationId replaces that reservation.
            const previous = this.find(id);
            if (previous && previous !== evse) this.end(previous);
            if (evse.reservation && evse.reservation.id === id) this.ctx.timers.clear(`reservation16-${id}`);
            const r: Reservation = {
              id, idToken: String(p.idTag), expiresAt: Date.parse(String(p.expiryDate)),
              ...(typeof p.parentIdTag === 'string' ? { groupIdToken: p.parentIdTag } : {}),
            };
            evse.reservation = r;
            this.arm(evse, r);
            this.ctx.evses.report(evse);
          },
        };
      },
      CancelReservation: (p: Payload) => {
        // 5.1: Accepted (and the connector freed) for a reservation it has, Rejected otherwise.
        const evse = this.find(Number(p.reservationId));
        if (!evse) return { payload: { status: this.has('cancel-16-unknown-accepted') ? 'Accepted' : 'Rejected' } };
        // Fault: Accepted, but the connector stays Reserved.
        if (this.has('cancel-16-keeps-reserved')) return { payload: { status: 'Accepted' } };
        return { payload: { status: 'Accepted' }, after: () => this.end(evse) };
      },
    };
  }
}

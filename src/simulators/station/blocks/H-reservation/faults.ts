/**
 * H Reservation: the reference charging station's switchable faults of this block, each breaking ONE requirement
 * (B's reboot keeps reservations: fault reservation-not-persistent is B's).
 */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'reserve-reserved-accepted', versions: V201, requirement: 'H01.FR.11 (ReserveNow for an EVSE reserved by another reservation: Occupied)',
    description: 'Answers Accepted to a ReserveNow for an EVSE another reservation holds (and takes it over).' },
  { name: 'reserve-occupied-accepted', versions: V201, requirement: 'H01.FR.11 (ReserveNow for an Occupied EVSE: Occupied; Part 6 TC_H_04_CS cites H01.FR.13)',
    description: 'Answers Accepted to a ReserveNow for an EVSE with an EV plugged in or a transaction running.' },
  { name: 'reserve-unavailable-accepted', versions: V201, requirement: 'H01.FR.14 (ReserveNow for an Unavailable EVSE: Unavailable)',
    description: 'Answers Accepted to a ReserveNow for an Inoperative EVSE.' },
  { name: 'reservation-expiry-silent', versions: V201, requirement: 'H04.FR.02 (ReservationStatusUpdate Expired at expiryDateTime)',
    description: 'Ends an expired reservation without sending ReservationStatusUpdate Expired.' },
  { name: 'cancel-keeps-reserved', versions: V201, requirement: 'H02.FR.02 (a cancelled reservation frees the EVSE: Available)',
    description: 'Answers Accepted to CancelReservation but keeps the EVSE reserved (its connectors stay Reserved).' },
  { name: 'cancel-unknown-accepted', versions: V201, requirement: 'H02.FR.01 (CancelReservation of an unknown reservationId: Rejected)',
    description: 'Answers Accepted to a CancelReservation whose reservationId it does not know.' },
]);

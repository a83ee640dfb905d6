/**
 * H Reservation: the reference charging station's switchable faults of this block, each breaking ONE requirement
 * (B's reboot keeps reservations: fault reservation-not-persistent is B's).
 */
import { V16, V201, defineFaults } from '../../../fault-spec.js';

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
  { name: 'reservation-not-consumed', versions: V201, requirement: 'H03.FR.09-10 (the reservation\'s idToken presented: the reservation is used, its connector leaves Reserved)',
    description: 'Lets the reservation\'s idToken charge but keeps the reservation: the connector stays Reserved.' },
  { name: 'reservation-any-token', versions: V201, requirement: 'H03.FR.01 / F01.FR.21-22 (a reserved EVSE is only for the reservation\'s idToken or groupIdToken)',
    description: 'Lets any idToken use a reserved EVSE (RequestStartTransaction for another idToken is Accepted).' },
  { name: 'reservation-group-ignored', versions: V201, requirement: 'H03.FR.04 (an idToken with the reservation\'s groupIdToken may charge on the reserved EVSE)',
    description: 'Admits only the reservation\'s own idToken, not one of its groupIdToken.' },
  { name: 'reserve-replace-ignored', versions: V201, requirement: 'H01.FR.02 (a ReserveNow with the id of a reservation replaces it)',
    description: 'Answers Accepted to a ReserveNow with a known id on the same EVSE but keeps the old reservation (its idToken).' },
  { name: 'inoperative-keeps-reservation', versions: V201, requirement: 'H01.FR.17 (the reserved EVSE goes Unavailable: reservation cancelled, ReservationStatusUpdate Removed)',
    description: 'Keeps the reservation when its EVSE is made Inoperative, without ReservationStatusUpdate Removed.' },
  { name: 'reserve-unspecified-accepted', versions: V201, requirement: 'H01.FR.19 (ReservationNonEvseSpecific not set or false: a reservation on an unspecified EVSE is rejected)',
    description: 'Without R-2, answers Accepted to a ReserveNow without evseId and reserves its first EVSE.' },
  { name: 'reserve-unspecified-rejected', versions: V201, requirement: 'H01.FR.04 / FR.06 / FR.18 (ReservationNonEvseSpecific true, an EVSE available: a reservation without evseId is Accepted)',
    description: 'Claims R-1 / R-2 but answers every ReserveNow without evseId Rejected.' },
  { name: 'unspecified-reservation-not-shown', versions: V201, requirement: 'H01.FR.20 / FR.24 (as many reservations as available EVSEs: their connectors report Reserved)',
    description: 'Holds a reservation of an unspecified EVSE or a connectorType without ever reporting its connectors Reserved, even when no other EVSE is available.' },
  // OCPP 1.6 (reservation-16.ts): 5.13 Reserve Now, 5.1 Cancel Reservation.
  { name: 'reserve-16-faulted-accepted', versions: V16, requirement: 'OCPP 1.6 5.13 (Faulted when the Charge Point or the connector is Faulted)',
    description: 'Answers ReserveNow Accepted for a Faulted connector (or a Charge Point whose connectors are all Faulted).' },
  { name: 'reserve-16-occupied-accepted', versions: V16, requirement: 'OCPP 1.6 5.13 (Occupied when the Charge Point or the connector is occupied or reserved)',
    description: 'Answers ReserveNow Accepted for a connector in use or reserved by another reservation (connector 0: none free).' },
  { name: 'reserve-16-unavailable-accepted', versions: V16, requirement: 'OCPP 1.6 5.13 (Unavailable when the Charge Point or the connector is Unavailable)',
    description: 'Answers ReserveNow Accepted for an Inoperative connector (or an Inoperative Charge Point).' },
  { name: 'reservation-16-never-expires', versions: V16, requirement: 'OCPP 1.6 5.13 (at expiryDate the reservation ends and the connector is made available, StatusNotification)',
    description: 'Keeps a reservation past its expiryDate: the connector stays Reserved.' },
  { name: 'cancel-16-keeps-reserved', versions: V16, requirement: 'OCPP 1.6 5.1 / 3.11 (a cancelled reservation is released: the connector Available)',
    description: 'Answers CancelReservation Accepted but keeps the connector Reserved.' },
  { name: 'cancel-16-unknown-accepted', versions: V16, requirement: 'OCPP 1.6 5.1 (Rejected when no reservation matches the reservationId)',
    description: 'Answers CancelReservation Accepted for a reservationId it does not have.' },
]);

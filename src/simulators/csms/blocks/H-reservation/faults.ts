/** H Reservation: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'reserve-adds-connector-type', versions: V201, requirement: 'Part 6 Reusable State Reserved (CSMS) step 1 (ReserveNow for a specific EVSE: connectorType omitted)',
    description: 'Puts a connectorType (cType1) into a ReserveNowRequest for a specific EVSE.' },
  { name: 'reserve-no-expiry', versions: V201, requirement: 'ReserveNowRequest schema (Part 3: expiryDateTime required)',
    description: 'Leaves the required expiryDateTime out of ReserveNowRequest.' },
  { name: 'cancel-wrong-reservation', versions: V201, requirement: 'Part 6 TC_H_17_CSMS step 5 (CancelReservation names the reservation made at step 1)',
    description: 'Sends CancelReservation with a reservationId one above the reservation it made last.' },
  { name: 'reservation-status-update-unhandled', versions: V201, requirement: 'H04.FR.02 / H01.FR.16 (the CSMS answers ReservationStatusUpdateRequest)',
    description: 'Answers ReservationStatusUpdate with CALLERROR InternalError.' },
  { name: 'reserve-drops-group', versions: V201, requirement: 'Part 6 TC_H_19_CSMS step 1 (ReserveNow with a groupIdToken when asked for one: groupIdToken provided)',
    description: 'Leaves the groupIdToken the operator asked for out of ReserveNowRequest.' },
  { name: 'reserve-unspecified-adds-evse', versions: V201, requirement: 'Part 6 TC_H_08/14_CSMS step 1 (ReserveNow for an unspecified EVSE: evseId omitted)',
    description: 'Puts evseId 1 into a ReserveNowRequest asked for an unspecified EVSE.' },
]);

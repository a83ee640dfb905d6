/** H Reservation: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { V16, V201, defineFaults } from '../../../fault-spec.js';

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
  { name: 'reserve-connector-type-dropped', versions: V201, requirement: 'Part 6 TC_H_15_CSMS step 1 (ReserveNow for a connector type: connectorType <Configured connectorType>)',
    description: 'Leaves the connectorType the operator asked for out of ReserveNowRequest (an unspecified EVSE of any type).' },
  // OCPP 1.6 (reservation-16.ts): 5.13 Reserve Now, 5.1 Cancel Reservation, as the OCTT 1.6 §3.17 step 1 validations see them.
  { name: 'reserve-16-any-connector', versions: V16, requirement: 'OCTT 1.6 §3.17 step 1 (ReserveNow.req connectorId is <Configured ConnectorId>, not 0)',
    description: 'Sends every ReserveNow for connectorId 0 (the whole Charge Point), whatever connector the operator asked for.' },
  { name: 'reserve-16-specific-connector', versions: V16, requirement: 'OCTT 1.6 TC_049_CSMS step 1 (ReserveNow.req connectorId is 0)',
    description: 'Sends a ReserveNow asked for connectorId 0 for connector 1.' },
  { name: 'reserve-16-expiry-fixed', versions: V16, requirement: 'OCTT 1.6 TC_047_CSMS step 1 (expiryDate is now plus the configured offset)',
    description: 'Sends ReserveNow with an expiryDate an hour ahead, whatever expiry the operator asked for.' },
  { name: 'cancel-16-wrong-reservation', versions: V16, requirement: 'OCTT 1.6 TC_051_CSMS step 5 (CancelReservation.req reservationId matches step 1)',
    description: 'Sends CancelReservation with a reservationId one above the one asked for.' },
  { name: 'cancel-16-last-reservation', versions: V16, requirement: 'OCTT 1.6 TC_052_CSMS step 5 (CancelReservation.req with an unknown reservationId)',
    description: 'Sends CancelReservation for the last reservation it made, whatever reservationId the operator asked for.' },
  { name: 'reserve-16-drops-parent', versions: V16, requirement: 'OCTT 1.6 TC_053_CSMS steps 1 and 7 (ReserveNow.req with a parentIdTag; Authorize.conf parentIdTag matches it)',
    description: 'Leaves the parentIdTag the operator asked for out of ReserveNow.req.' },
]);

/** G Availability: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { V16, V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'status-timeout-unhandled', versions: V16, requirement: 'OCPP 1.6 4.9 (transition B1, ConnectionTimeOut)',
    description: 'Answers a StatusNotification Available after Preparing without a transaction (the connection timed out) with CALLERROR.' },
  { name: 'status-suspended-ev-unhandled', versions: V16, requirement: 'OCPP 1.6 4.9 (status SuspendedEV)',
    description: 'Answers a StatusNotification with status SuspendedEV with CALLERROR.' },
  { name: 'status-faulted-unhandled', versions: V16, requirement: 'OCPP 1.6 4.9 (status Faulted, errorCode)',
    description: 'Answers a StatusNotification reporting status Faulted with an errorCode (e.g. ConnectorLockFailure) with CALLERROR.' },
  { name: 'change-availability-wrong-status', versions: V201, requirement: 'G03/G04 (ChangeAvailabilityRequest operationalStatus as the operator asked)',
    description: 'Sends ChangeAvailability with the opposite operationalStatus of the one the operator asked for.' },
  { name: 'change-availability-whole-station', versions: V201, requirement: 'G03 (an EVSE or connector is named in evse; G04.FR.01: evse omitted means the whole station)',
    description: 'Asked to change one EVSE or connector, sends ChangeAvailability without evse (the whole station).' },
  { name: 'lock-failure-event-unhandled', versions: V201, requirement: 'G05.FR.03',
    description: 'Answers a NotifyEvent reporting ConnectorPlugRetentionLock Problem true with CALLERROR instead of NotifyEventResponse.' },
  { name: 'change-availability-adds-evse', versions: V201, requirement: 'G04.FR.01 (the whole station: evse omitted)',
    description: 'Asked to change the whole station, sends ChangeAvailability for EVSE 1 only.' },
  // N07 / N08 monitoring events arrive in NotifyEvent, which this block answers.
  { name: 'monitoring-event-unhandled', versions: V201, requirement: 'N07 / N08.FR.02 (the CSMS answers a NotifyEventRequest of a monitor with NotifyEventResponse)',
    description: 'Answers a NotifyEvent whose events come from a monitor (eventNotificationType CustomMonitor or PreconfiguredMonitor) with CALLERROR.' },
]);

/** G Availability: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, V16, V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'status-wrong-connector-status', versions: BOTH, requirement: 'B01.FR.05',
    description: 'Reports idle connectors as Occupied (1.6: Preparing) although no EV is plugged in.' },
  { name: 'faulted-allows-charging', versions: V16, requirement: 'OCPP 1.6 4.9 (Faulted: no charging operations)',
    description: 'Starts a transaction on a Faulted connector.' },
  { name: 'no-connector-zero-status', versions: V16, requirement: 'OCPP 1.6 4.9 (StatusNotification for connectorId 0 after boot; OCTT 1.6 §2.1.1 step 5)',
    description: 'After a boot reports every connector but not connectorId 0 (the Charge Point itself).' },
  { name: 'occupied-not-reported', versions: V201, requirement: 'G01.FR.03',
    description: 'Sends neither StatusNotification Occupied nor NotifyEvent AvailabilityState when an EV is plugged in.' },
  { name: 'available-not-reported', versions: V201, requirement: 'G01.FR.04',
    description: 'Sends neither StatusNotification Available nor NotifyEvent AvailabilityState when the EV is unplugged.' },
  { name: 'availability-inoperative-ignored', versions: V201, requirement: 'G03.FR.06/G04.FR.07',
    description: 'Answers ChangeAvailability Inoperative Accepted but its connectors stay as they were (no Unavailable).' },
  { name: 'availability-operative-not-reported', versions: V201, requirement: 'G01.FR.07',
    description: 'Makes its connectors Available again on ChangeAvailability Operative but reports it neither by StatusNotification nor by NotifyEvent.' },
  { name: 'availability-same-state-rejected', versions: V201, requirement: 'G03.FR.03/G04.FR.04',
    description: 'Answers ChangeAvailability Rejected when the station, EVSE or connector is already in the requested state.' },
  { name: 'availability-not-scheduled', versions: V201, requirement: 'G03.FR.05/G04.FR.06',
    description: 'Answers ChangeAvailability Inoperative Accepted (not Scheduled) while a transaction runs; the change still waits for its end.' },
  { name: 'lock-failure-not-reported', versions: V201, requirement: 'G05.FR.02 (a connector lock failure: NotifyEvent ConnectorPlugRetentionLock Problem true)',
    description: 'Does not report a cable that cannot be locked at the authorization (no NotifyEvent), though it offers no energy.' },
  { name: 'lock-failure-charges', versions: V201, requirement: 'G05.FR.01 (no charging while the connector is not locked)',
    description: 'Charges although the cable could not be locked (reports the lock failure all the same).' },
]);

/** G Availability: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, V16, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'status-wrong-connector-status', versions: BOTH, requirement: 'B01.FR.05',
    description: 'Reports idle connectors as Occupied (1.6: Preparing) although no EV is plugged in.' },
  { name: 'faulted-allows-charging', versions: V16, requirement: 'OCPP 1.6 4.9 (Faulted: no charging operations)',
    description: 'Starts a transaction on a Faulted connector.' },
  { name: 'no-connector-zero-status', versions: V16, requirement: 'OCPP 1.6 4.9 (StatusNotification for connectorId 0 after boot; OCTT 1.6 §2.1.1 step 5)',
    description: 'After a boot reports every connector but not connectorId 0 (the Charge Point itself).' },
]);

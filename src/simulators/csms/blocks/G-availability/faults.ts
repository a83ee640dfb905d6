/** G Availability: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { V16, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'status-timeout-unhandled', versions: V16, requirement: 'OCPP 1.6 4.9 (transition B1, ConnectionTimeOut)',
    description: 'Answers a StatusNotification Available after Preparing without a transaction (the connection timed out) with CALLERROR.' },
  { name: 'status-suspended-ev-unhandled', versions: V16, requirement: 'OCPP 1.6 4.9 (status SuspendedEV)',
    description: 'Answers a StatusNotification with status SuspendedEV with CALLERROR.' },
  { name: 'status-faulted-unhandled', versions: V16, requirement: 'OCPP 1.6 4.9 (status Faulted, errorCode)',
    description: 'Answers a StatusNotification reporting status Faulted with an errorCode (e.g. ConnectorLockFailure) with CALLERROR.' },
]);

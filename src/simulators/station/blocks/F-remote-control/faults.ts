/** F Remote control: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, V16, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'trigger-not-sent', versions: BOTH, requirement: 'F06.FR.10',
    description: 'Accepts TriggerMessage but never sends the requested message.' },
  { name: 'remote-start-rejected', versions: BOTH, requirement: 'F02.FR.01',
    description: 'Rejects RequestStartTransaction (1.6: RemoteStartTransaction) for a valid token on an available EVSE.' },
  { name: 'unlock-rejected', versions: V16, requirement: 'OCPP 1.6 5.18 Unlock Connector',
    description: 'Answers every UnlockConnector with UnlockFailed although the lock works.' },
  { name: 'unlock-fixed-cable', versions: V16, requirement: 'OCPP 1.6 7.46 UnlockStatus NotSupported (fixed cable)',
    description: 'A station with a fixed cable answers UnlockConnector Unlocked (and ends the transaction) instead of NotSupported.' },
  { name: 'unlock-unknown-connector', versions: V16, requirement: 'OCPP 1.6 errata 3.87 (unknown connectorId: NotSupported)',
    description: 'Answers UnlockConnector for an unknown connectorId with Unlocked.' },
  { name: 'lock-state-ignored', versions: V16, requirement: 'OCPP 1.6 7.6 ConnectorLockFailure/7.46 UnlockFailed',
    description: 'Ignores a broken cable lock: charges without locking and answers UnlockConnector Unlocked.' },
  { name: 'remote-start-always-accepted', versions: V16, requirement: 'OCPP 1.6 5.11 (RemoteStartTransaction.conf)',
    description: 'Answers RemoteStartTransaction Accepted for connector 0, an unknown or an occupied connector (and starts nothing).' },
  { name: 'remote-stop-ignores-id', versions: V16, requirement: 'OCPP 1.6 5.12 (only the transaction with the given id)',
    description: 'RemoteStopTransaction with an unknown transactionId stops the running transaction and answers Accepted.' },
]);

/** F Remote control: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'trigger-wrong-message', versions: BOTH, requirement: 'F06.FR.01 (operator request)',
    description: 'TriggerMessage asks for a Heartbeat, whatever message the operator asked for.' },
  { name: 'trigger-heartbeat-mislabelled', versions: BOTH, requirement: 'F06.FR.01 (operator request)',
    description: 'TriggerMessage asked for a Heartbeat requests a StatusNotification instead (a UI wired to the wrong message).' },
  { name: 'request-start-wrong-token', versions: BOTH, requirement: 'F01.FR.04 (operator request)',
    description: 'RequestStartTransaction/RemoteStartTransaction carries another id token than asked.' },
  { name: 'request-stop-wrong-transaction', versions: BOTH, requirement: 'F03.FR.01',
    description: 'RequestStopTransaction/RemoteStopTransaction names a transaction that does not exist.' },
  { name: 'unlock-connector-zero', versions: BOTH, requirement: 'OCPP 1.6 5.18 / F05 (operator request)',
    description: 'UnlockConnector is sent for connectorId 0 (1.6: the whole Charge Point; 2.0.1: evseId 0) instead of the connector asked.' },
]);

/** F Remote control: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'remote-stop-unknown-accepted', versions: V201, requirement: 'F03.FR.08',
    description: 'Answers RequestStopTransaction for a transactionId it has no active transaction for with Accepted (and stops nothing).' },
  { name: 'unlock-during-transaction', versions: V201, requirement: 'F05.FR.02',
    description: 'Answers UnlockConnector for a connector with an authorized transaction ongoing with Unlocked instead of OngoingAuthorizedTransaction.' },
  { name: 'unlock-unknown-connector-unlocked', versions: V201, requirement: 'F05.FR.03',
    description: 'Answers UnlockConnector for a connector it does not have with Unlocked instead of UnknownConnector.' },
  { name: 'unlock-always-failed', versions: V201, requirement: 'F05.FR.04',
    description: 'Answers UnlockConnector with UnlockFailed although its lock works (no transaction on the connector).' },
  { name: 'unlock-needs-cable', versions: V201, requirement: 'F05.FR.06',
    description: 'Does not try to unlock a connector without a cable: answers UnlockFailed when no cable is connected.' },
  { name: 'trigger-meter-values-wrong-context', versions: V201, requirement: 'F06.FR.06 (context Trigger)',
    description: 'A triggered MeterValuesRequest carries a clock-aligned reading (context Sample.Clock) instead of context Trigger.' },
  { name: 'trigger-log-status-stale', versions: V201, requirement: 'F06.FR.15',
    description: 'A triggered LogStatusNotificationRequest reports Uploaded (its last upload) instead of Idle while no upload runs.' },
  { name: 'trigger-firmware-status-stale', versions: V201, requirement: 'F06.FR.16',
    description: 'A triggered FirmwareStatusNotificationRequest reports Installed (its last update) instead of Idle while no update runs.' },
  { name: 'trigger-evse-not-relevant-rejected', versions: V201, requirement: 'F06.FR.03',
    description: 'Rejects TriggerMessage for a message an evse is not relevant to (FirmwareStatusNotification, LogStatusNotification, Heartbeat) when the request names one.' },
  { name: 'trigger-status-stale', versions: V201, requirement: 'F06.FR.09',
    description: 'A triggered StatusNotificationRequest reports Available whatever the connector\'s current state.' },
  { name: 'trigger-unknown-accepted', versions: V201, requirement: 'F06.FR.08',
    description: 'Answers TriggerMessage for a message it has not implemented with Accepted (and sends nothing) instead of NotImplemented.' },
  { name: 'trigger-boot-accepted', versions: V201, requirement: 'F06.FR.17',
    description: 'Answers TriggerMessage BootNotification with Accepted (and sends nothing) although its last BootNotification was Accepted.' },
]);

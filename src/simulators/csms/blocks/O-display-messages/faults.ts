/** O Display Messages: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'display-wrong-priority', versions: V201, requirement: 'Part 6 TC_O_01/06/10/12/17/26_CSMS step 1 (SetDisplayMessageRequest message.priority <Configured Priority>)',
    description: 'Sends SetDisplayMessage with another priority than the one asked for (NormalCycle <-> InFront, AlwaysFront -> InFront).' },
  { name: 'display-drops-state', versions: V201, requirement: 'Part 6 TC_O_01/18_CSMS step 1 (SetDisplayMessageRequest message.state <Configured State>)',
    description: 'Leaves message.state out of SetDisplayMessage.' },
  { name: 'display-drops-transaction', versions: V201, requirement: 'Part 6 TC_O_06/10/27_CSMS step 1 (SetDisplayMessageRequest message.transactionId present, the running one)',
    description: 'Leaves message.transactionId out of SetDisplayMessage.' },
  { name: 'display-drops-times', versions: V201, requirement: 'Part 6 TC_O_13/14/27/28_CSMS step 1 (SetDisplayMessageRequest message.startDateTime / endDateTime as configured)',
    description: 'Leaves message.startDateTime and message.endDateTime out of SetDisplayMessage.' },
  { name: 'display-replace-new-id', versions: V201, requirement: 'Part 6 TC_O_12_CSMS step 1 (SetDisplayMessageRequest message.id <Configured_Id>: the configured message is replaced)',
    description: 'Sends SetDisplayMessage with an id one above the one asked for.' },
  { name: 'display-get-adds-priority', versions: V201, requirement: 'Part 6 TC_O_02/07/09_CSMS step 1 (GetDisplayMessagesRequest priority omitted)',
    description: 'Puts priority NormalCycle into a GetDisplayMessages that asks for no priority.' },
  { name: 'display-get-wrong-id', versions: V201, requirement: 'Part 6 TC_O_07_CSMS step 1 (GetDisplayMessagesRequest id <Configured_Id>)',
    description: 'Sends GetDisplayMessages with each asked id one higher.' },
  { name: 'display-get-no-request-id', versions: V201, requirement: 'GetDisplayMessagesRequest schema (Part 3: requestId required; TC_O_03_CSMS step 1)',
    description: 'Leaves the required requestId out of GetDisplayMessages.' },
  { name: 'display-clear-wrong-id', versions: V201, requirement: 'Part 6 TC_O_04_CSMS step 1 (ClearDisplayMessageRequest id <Generated Id from set display message>)',
    description: 'Sends ClearDisplayMessage with an id one above the message it set last.' },
  { name: 'display-clear-no-id', versions: V201, requirement: 'ClearDisplayMessageRequest schema (Part 3: id required; TC_O_05_CSMS)',
    description: 'Leaves the required id out of ClearDisplayMessage.' },
  { name: 'display-set-no-id', versions: V201, requirement: 'SetDisplayMessageRequest schema (Part 3: message.id required; TC_O_19_CSMS step 1 message.id <Generated Id>)',
    description: 'Leaves the required message.id out of SetDisplayMessage.' },
  { name: 'notify-display-messages-unhandled', versions: V201, requirement: 'Part 6 TC_O_02/07/08/09_CSMS step 4 (the CSMS responds with NotifyDisplayMessagesResponse)',
    description: 'Answers NotifyDisplayMessages with CALLERROR InternalError.' },
]);

/** O Display Messages: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'display-message-rejected', versions: V201, requirement: 'O01 (TC_O_01_CS step 2: a supported SetDisplayMessage is Accepted)',
    description: 'Answers Rejected to every SetDisplayMessage with a supported priority, state and format.' },
  { name: 'display-replace-rejected', versions: V201, requirement: 'O06.FR.01 (a SetDisplayMessage with a known id replaces that message)',
    description: 'Answers Rejected to a SetDisplayMessage whose id is already configured.' },
  { name: 'display-unknown-transaction-accepted', versions: V201, requirement: 'O02.FR.01 (a message for an unknown transactionId: UnknownTransaction)',
    description: 'Accepts a SetDisplayMessage bound to a transaction the station does not know.' },
  { name: 'display-unsupported-format-accepted', versions: V201, requirement: 'O02.FR.05 (an unsupported message format: NotSupportedMessageFormat)',
    description: 'Accepts a SetDisplayMessage in a format it does not support (HTML, URI).' },
  { name: 'display-message-past-end-time', versions: V201, requirement: 'O01.FR.07 / O02.FR.07 (a message is removed after its endDateTime)',
    description: 'Keeps a message after its endDateTime (it is still reported).' },
  { name: 'display-message-outlives-transaction', versions: V201, requirement: 'O02.FR.02 (a transaction-bound message is removed when the transaction ends)',
    description: 'Keeps a transaction-bound message after its transaction ended.' },
  { name: 'display-get-unknown-accepted', versions: V201, requirement: 'O03.FR.06 / O04.FR.02 (GetDisplayMessages with no matching message: Unknown)',
    description: 'Answers Accepted (and notifies an empty list) when no message matches GetDisplayMessages.' },
  { name: 'display-get-filter-ignored', versions: V201, requirement: 'O04.FR.02 (GetDisplayMessages matches id AND priority AND state)',
    description: 'GetDisplayMessages matches on the id alone, ignoring the priority and state asked for.' },
  { name: 'display-notify-wrong-request-id', versions: V201, requirement: 'O03.FR.03 / O04.FR.04 (NotifyDisplayMessages carries the requestId of GetDisplayMessages)',
    description: 'Sends NotifyDisplayMessages with a requestId one above the one asked for.' },
  { name: 'display-notify-drops-times', versions: V201, requirement: 'O01.FR.06 / O01.FR.07 (TC_O_13/14_CS step 5: startDateTime / endDateTime reported)',
    description: 'Leaves startDateTime and endDateTime out of the messages it reports in NotifyDisplayMessages.' },
  { name: 'display-clear-keeps-message', versions: V201, requirement: 'O05.FR.01 (ClearDisplayMessage Accepted removes the message)',
    description: 'Answers Accepted to ClearDisplayMessage but keeps the message.' },
  { name: 'display-clear-unknown-accepted', versions: V201, requirement: 'O05.FR.02 (ClearDisplayMessage of an unknown id: Unknown)',
    description: 'Answers Accepted to a ClearDisplayMessage whose id it does not know.' },
]);

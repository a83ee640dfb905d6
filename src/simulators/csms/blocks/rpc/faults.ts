/** OCPP-J (framing, error codes, text from the peer): the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'schema-invalid-response', versions: BOTH, requirement: 'OCPP-J 4.2.2 (CALLRESULT payload)',
    description: 'Answers BootNotification with a status outside the enumeration.' },
  { name: 'no-callerror-on-invalid', versions: BOTH, requirement: 'OCPP-J 4.2.3 (CALLERROR)',
    description: 'Answers a schema-invalid CALL with a CALLRESULT instead of a CALLERROR.' },
  { name: 'wrong-callerror-code', versions: BOTH, requirement: 'OCPP-J 4.2.3 (error codes)',
    description: 'Answers a schema-invalid CALL with CALLERROR GenericError instead of the specific code.' },
  { name: 'second-call-while-pending', versions: BOTH, requirement: 'OCPP-J 4.1.1 (one CALL in flight)',
    description: 'Sends a second CALL to a station before the first is answered.' },
  { name: 'hostile-strings', versions: BOTH, requirement: 'Security (text from the peer is data)',
    description: 'Free-text fields it sends contain <script> markup (schema-valid).' },
  { name: 'negative-answer-disconnects', versions: BOTH, requirement: 'OCPP 1.6 5 (a negative answer is an answer)',
    description: 'Closes the connection when the station answers one of its requests Rejected, NotSupported, UnlockFailed or similar.' },
  { name: 'negative-answer-retried', versions: BOTH, requirement: 'OCPP 1.6 5 (a negative answer is an answer)',
    description: 'Sends the same request again when the station answers it Rejected, NotSupported, UnlockFailed or similar.' },
  { name: 'accepts-unknown-subprotocol', versions: BOTH, requirement: 'OCPP-J 1.6 3.2 (subprotocol negotiation)',
    description: 'Upgrades a connection that offers no OCPP version it speaks, answering with its own subprotocol.' },
]);

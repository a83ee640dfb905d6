/** OCPP-J (framing, error codes, text from the peer): the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'schema-invalid-payload', versions: BOTH, requirement: 'OCPP-J 4.1 (payload must match the schema)',
    description: 'StatusNotification carries a connector status outside the enumeration.' },
  { name: 'second-call-while-pending', versions: BOTH, requirement: 'OCPP-J 4.1.1 (one CALL in flight)',
    description: 'Sends its post-boot StatusNotifications without waiting for each answer.' },
  { name: 'hostile-strings', versions: BOTH, requirement: 'Security (text from the peer is data)',
    description: 'Vendor, model, firmware and free-text fields contain <script> and other markup (schema-valid).' },
]);

/** C Authorization: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, V16, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'authorize-accepts-invalid', versions: BOTH, requirement: 'C01.FR.07',
    description: 'Answers Authorize Accepted for an unknown or invalid id token.' },
  { name: 'authorize-ignores-blocked', versions: BOTH, requirement: 'C01.FR.07',
    description: 'Answers Authorize Accepted for a Blocked id token.' },
  { name: 'authorize-ignores-expiry', versions: BOTH, requirement: 'OCPP 1.6 4.1 / C01.FR.07',
    description: 'Answers Authorize Accepted for an id token whose validity has expired.' },
  { name: 'clear-cache-sends-local-list', versions: V16, requirement: 'OCPP 1.6 5.4 (operator request)',
    description: 'Asked to clear the Authorization Cache, sends an empty SendLocalList (clears the Local Authorization List) instead of ClearCache.' },
]);

/** C Authorization: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'authorize-accepts-invalid', versions: BOTH, requirement: 'C01.FR.07',
    description: 'Answers Authorize Accepted for an unknown or invalid id token.' },
  { name: 'authorize-ignores-blocked', versions: BOTH, requirement: 'C01.FR.07',
    description: 'Answers Authorize Accepted for a Blocked id token.' },
  { name: 'authorize-ignores-expiry', versions: BOTH, requirement: 'OCPP 1.6 4.1 / C01.FR.07',
    description: 'Answers Authorize Accepted for an id token whose validity has expired.' },
  { name: 'group-id-token-omitted', versions: V201, requirement: 'C09.FR.02',
    description: 'Leaves groupIdToken out of the idTokenInfo of an idToken that belongs to a group.' },
  { name: 'clear-cache-sends-local-list', versions: BOTH, requirement: 'OCPP 1.6 5.4 / C11.FR.01 (operator request)',
    description: 'Asked to clear the Authorization Cache, sends an empty SendLocalList (clears the Local Authorization List) instead of ClearCache.' },
]);

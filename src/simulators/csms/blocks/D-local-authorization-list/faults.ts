/** D Local Authorization List: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { V16, V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'local-list-without-info', versions: V201, requirement: 'D01 (Full list: every entry with idTokenInfo; Part 6 errata 6.3.10)',
    description: 'Sends a Full SendLocalList whose entries carry no idTokenInfo.' },
  { name: 'local-list-version-fixed', versions: V201, requirement: 'D01.FR.19 (a Differential update carries a version above the station\'s)',
    description: 'Always sends SendLocalList with versionNumber 1, whatever the station\'s list version is.' },
  { name: 'local-list-16-field', versions: V201, requirement: 'OCPP-J schema (SendLocalListRequest has no listVersion)',
    description: 'Adds the 1.6 field listVersion to a 2.0.1 SendLocalListRequest.' },
  { name: 'local-list-version-request-16-field', versions: V201, requirement: 'OCPP-J schema (GetLocalListVersionRequest is empty)',
    description: 'Sends a 2.0.1 GetLocalListVersionRequest with the 1.6 field listVersion.' },
  // OCPP 1.6 (requests-16.ts): 5.10 Get Local List Version, 5.15 Send Local List.
  { name: 'local-list-16-update-type-swapped', versions: V16, requirement: 'OCTT 1.6 §3.14.2 step 1 (SendLocalList.req updateType as asked: Full / Differential)',
    description: 'Sends SendLocalList with the other updateType than the operator asked for (Full as Differential and back).' },
  { name: 'local-list-16-without-info', versions: V16, requirement: 'OCTT 1.6 §3.14.2 TC_043_4/5 step 1 (all localAuthorizationList entries have an idTagInfo)',
    description: 'Sends SendLocalList entries with an idTag but no idTagInfo.' },
  { name: 'local-list-version-16-extra-field', versions: V16, requirement: 'OCPP-J 1.6 schema (GetLocalListVersion.req has no properties)',
    description: 'Sends GetLocalListVersion.req with a listVersion field.' },
]);

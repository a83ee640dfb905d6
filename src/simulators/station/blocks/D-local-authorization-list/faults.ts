/** D Local Authorization List: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'local-list-version-not-stored', versions: V201, requirement: 'D01.FR.15 / D01.FR.16 (version number of the updated list)',
    description: 'Applies a SendLocalList but keeps its old version number (GetLocalListVersion reports the previous one).' },
  { name: 'local-list-empty-full-failed', versions: V201, requirement: 'D01.FR.04',
    description: 'Answers a Full SendLocalList without localAuthorizationList Failed instead of emptying the list.' },
  { name: 'local-list-version-mismatch-ignored', versions: V201, requirement: 'D01.FR.19',
    description: 'Applies a Differential SendLocalList whose versionNumber is not above its own (Accepted instead of VersionMismatch).' },
  { name: 'local-list-not-persistent', versions: V201, requirement: 'D01.FR.10',
    description: 'Forgets the Local Authorization List and its version over a reboot.' },
  { name: 'local-list-version-while-disabled', versions: V201, requirement: 'D02.FR.03',
    description: 'Reports its list version in GetLocalListVersion although LocalAuthListCtrlr.Enabled is false (0 is due).' },
  { name: 'local-list-ignored-offline', versions: V201, requirement: 'C13.FR.02',
    description: 'Does not consult the Local Authorization List while offline (an Accepted token in it cannot start).' },
  { name: 'local-list-pre-authorize-ignored', versions: V201, requirement: 'C14.FR.02',
    description: 'With LocalPreAuthorize true, still asks the CSMS (AuthorizeRequest) for an idToken the Local Authorization List accepts.' },
  { name: 'local-list-not-post-authorized', versions: V201, requirement: 'C14.FR.03',
    description: 'Refuses an idToken whose Local Authorization List entry is not Accepted without asking the CSMS, though DisablePostAuthorize is not set.' },
  { name: 'local-list-status-ignored-offline', versions: V201, requirement: 'C13.FR.02',
    description: 'Offline, takes every idToken of the Local Authorization List as Accepted, whatever status the list gives it.' },
]);

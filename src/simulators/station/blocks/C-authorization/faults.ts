/** C Authorization: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { V16, V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'disable-remote-authorization-ignored', versions: V201, requirement: 'C01.FR.02 (AuthCtrlr.DisableRemoteAuthorization)',
    description: 'Sends AuthorizeRequest for unknown idTokens although AuthCtrlr.DisableRemoteAuthorization is true.' },
  { name: 'authorize-skipped', versions: V16, requirement: 'OCPP 1.6 4.1 (Authorize an idTag not known locally)',
    description: 'Starts a transaction for a presented idTag without sending Authorize.req.' },
  { name: 'authorize-status-ignored', versions: V16, requirement: 'OCPP 1.6 4.1 (energy only after authorization)',
    description: 'Starts the transaction although Authorize.conf did not accept the idTag.' },
  { name: 'cache-not-used', versions: V16, requirement: 'OCPP 1.6 3.5/9.1.13 LocalPreAuthorize',
    description: 'Ignores LocalPreAuthorize: sends Authorize.req for an idTag the Authorization Cache already accepts.' },
  { name: 'clear-cache-ignored', versions: V16, requirement: 'OCPP 1.6 5.4 Clear Cache',
    description: 'Answers ClearCache Accepted but keeps the Authorization Cache.' },
  { name: 'stop-authorizes-same-tag', versions: V16, requirement: 'OCPP 1.6 4.1 (no Authorize to stop with the starting idTag)',
    description: 'Sends Authorize.req for the idTag that started the transaction before stopping it.' },
  { name: 'parent-id-tag-ignored', versions: V16, requirement: 'OCPP 1.6 3.10 (parentIdTag may stop the transaction)',
    description: 'A different idTag with the same parentIdTag cannot stop a transaction.' },
]);

/** C Authorization: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, V16, V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'disable-remote-authorization-ignored', versions: V201, requirement: 'C01.FR.02 (AuthCtrlr.DisableRemoteAuthorization)',
    description: 'Sends AuthorizeRequest for unknown idTokens although AuthCtrlr.DisableRemoteAuthorization is true.' },
  { name: 'authorize-skipped', versions: V16, requirement: 'OCPP 1.6 4.1 (Authorize an idTag not known locally)',
    description: 'Starts a transaction for a presented idTag without sending Authorize.req.' },
  { name: 'authorize-status-ignored', versions: BOTH, requirement: 'OCPP 1.6 4.1 (energy only after authorization) / C01.FR.02',
    description: 'Starts the transaction (authorizes the session) although the Authorize answer did not accept the idToken.' },
  { name: 'cache-not-used', versions: BOTH, requirement: 'OCPP 1.6 3.5/9.1.13 LocalPreAuthorize / C12.FR.02',
    description: 'Ignores LocalPreAuthorize: sends Authorize for an idToken the Authorization Cache already accepts.' },
  { name: 'clear-cache-ignored', versions: BOTH, requirement: 'OCPP 1.6 5.4 Clear Cache / C11.FR.01',
    description: 'Answers ClearCache Accepted but keeps the Authorization Cache.' },
  { name: 'cache-refuses-without-asking', versions: V201, requirement: 'C12.FR.05 / C10.FR.03',
    description: 'Refuses an idToken the Authorization Cache holds as not Accepted without asking the CSMS (AuthorizeRequest) while online.' },
  { name: 'local-pre-authorize-always', versions: V201, requirement: 'C12 (AuthCtrlr.LocalPreAuthorize false: ask the CSMS)',
    description: 'Starts from a cached Accepted idToken without an AuthorizeRequest although AuthCtrlr.LocalPreAuthorize is false.' },
  { name: 'clear-cache-rejected', versions: V201, requirement: 'C11.FR.03',
    description: 'Answers ClearCache Rejected although the Authorization Cache is enabled (and clears nothing).' },
  { name: 'clear-cache-accepted-when-disabled', versions: V201, requirement: 'C11.FR.04',
    description: 'Answers ClearCache Accepted although AuthCacheCtrlr.Enabled is false.' },
  { name: 'different-token-stops', versions: V201, requirement: 'C01.FR.03',
    description: 'Ends the authorization of a session when a different idToken, without the same groupIdToken, is presented and accepted.' },
  { name: 'stop-authorizes-same-tag', versions: V16, requirement: 'OCPP 1.6 4.1 (no Authorize to stop with the starting idTag)',
    description: 'Sends Authorize.req for the idTag that started the transaction before stopping it.' },
  { name: 'parent-id-tag-ignored', versions: V16, requirement: 'OCPP 1.6 3.10 (parentIdTag may stop the transaction)',
    description: 'A different idTag with the same parentIdTag cannot stop a transaction.' },
]);

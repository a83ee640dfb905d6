/** F Remote control: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // Remote start without authorization (AuthorizeRemoteStart ReadWrite, false: C-48.2; C claims C-48.1 and C-36).
  // TriggerMessage for LogStatusNotification (C-29.3) and FirmwareStatusNotification (C-29.4): the running upload's
  // Uploading / the running update's last status (remote-control.ts), else B's trigger sends Idle.
  claims: { '2.x': { features: ['C-48.2', 'C-29.3', 'C-29.4'] }, '1.6': { profiles: ['Remote Trigger'] } },
};

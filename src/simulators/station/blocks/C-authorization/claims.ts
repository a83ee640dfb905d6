/** C Authorization: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // RFID ISO14443 (C-30, C-36), authorization of a remote start (C-48.1), the Authorization Cache (C-49) with
  // AuthCacheCtrlr.DisablePostAuthorize (C-59) and AuthCacheCtrlr.LifeTime (C-53), the Master Pass without a UI (C-08).
  claims: { '2.x': { features: ['C-08', 'C-30', 'C-36', 'C-48.1', 'C-49', 'C-53', 'C-59'] } },
};

/** L Firmware management: what the reference CSMS claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // Secure firmware update (L01) is Core; it also schedules the download and the installation (C-15).
  claims: { '2.x': { profiles: ['Core'], features: ['C-15'] } },
};

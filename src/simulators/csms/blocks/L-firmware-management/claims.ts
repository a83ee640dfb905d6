/** L Firmware management: what the reference CSMS claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // Secure firmware update (L01) is Core; it also schedules the download and the installation (C-15).
  // It publishes firmware on Local Controllers (L03 / L04: the feature TC_L_17..24_CSMS name, Part 5 gives them none).
  claims: { '2.x': { profiles: ['Core'], features: ['C-15', 'Local Controller firmware publishing'] } },
};

/** L Firmware management: what the reference station claims of it (Part 5): secure firmware update (L01) is Core; 1.6 Firmware Management. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // 1.6: the Firmware Management feature profile (UpdateFirmware, GetDiagnostics: firmware-16.ts, diagnostics-16.ts).
  claims: { '1.6': { profiles: ['Firmware Management'] } },
};

/** L Firmware management: what the reference station claims of it (Part 5): secure firmware update (L01) is Core; 1.6 Firmware Management. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // 1.6: the Firmware Management feature profile (UpdateFirmware, GetDiagnostics: firmware-16.ts, diagnostics-16.ts).
  // 2.0.1: it can cancel an ongoing firmware update (C-60, L01.FR.24); configured without (TC_L_11_CS) it rejects a new one (L01.FR.27).
  claims: { '1.6': { profiles: ['Firmware Management'] }, '2.x': { features: ['C-60'] } },
  variants: [{ name: 'no cancelling of an ongoing firmware update', versions: ['2.0.1'], removeFeatures: ['C-60'] }],
};

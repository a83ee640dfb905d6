/** L Firmware management: what the reference station claims of it (Part 5): secure firmware update (L01) is Core; 1.6 Firmware Management. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // 1.6: the Firmware Management feature profile (UpdateFirmware, GetDiagnostics: firmware-16.ts, diagnostics-16.ts).
  // 2.0.1: it can cancel an ongoing firmware update (C-60, L01.FR.24); configured without (TC_L_11_CS) it rejects a new one (L01.FR.27).
  // It has AllowNewSessionsPendingFirmwareUpdate (C-20, pending-transactions.ts): TC_L_12_CS (not AQ-7, HFS-8 > 1) runs on
  // G's 'two EVSEs' variant, TC_L_14_CS (AQ-7) on the 'firmware downloaded during a transaction' one.
  claims: { '1.6': { profiles: ['Firmware Management'] }, '2.x': { features: ['C-60', 'C-20'] } },
  variants: [
    { name: 'no cancelling of an ongoing firmware update', versions: ['2.0.1'], removeFeatures: ['C-60'] },
    // TC_L_15_CS (AQ-7, two EVSEs so one is free to set Unavailable): downloads during a transaction, installs after it (pending-transactions.ts).
    { name: 'firmware downloaded during a transaction', versions: ['2.0.1'], addFeatures: ['AQ-7'], evses: [{ id: 1, connectors: 1 }, { id: 2, connectors: 1 }] },
    // TC_L_16_CS (C-43): installs with a transaction ongoing, activated without a reboot (firmware.ts).
    { name: 'firmware installed during a transaction', versions: ['2.0.1'], addFeatures: ['C-43'] },
  ],
};

/** C Authorization: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // RFID ISO14443 (C-30, C-36), authorization of a remote start (C-48.1), the Authorization Cache (C-49) with
  // AuthCacheCtrlr.DisablePostAuthorize (C-59) and AuthCacheCtrlr.LifeTime (C-53), the Master Pass without a UI (C-08),
  // offline authorization of unknown idTokens (C-02) and MaxEnergyOnInvalidId (C-03, E05.FR.03).
  claims: { '2.x': { features: ['C-02', 'C-03', 'C-08', 'C-30', 'C-36', 'C-48.1', 'C-49', 'C-53', 'C-59'] } },
  // TC_C_05_CS: a station whose cable lock keeps the EV from connecting before authorization (AQ-2; the E block refuses the plug-in).
  variants: [
    { name: 'a cable lock before authorization', versions: ['2.0.1'], addFeatures: ['AQ-2'] },
    // TC_C_47_CS: a station with a UI shows a Master Pass screen where the user selects what to stop (C16.FR.01);
    // two EVSEs, so that "all transactions" is more than one.
    { name: 'a Master Pass screen (UI), two EVSEs', versions: ['2.0.1'], addFeatures: ['C-07'], removeFeatures: ['C-08'], evses: [{ id: 1, connectors: 1 }, { id: 2, connectors: 1 }] },
  ],
};

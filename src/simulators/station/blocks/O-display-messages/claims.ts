/** O Display Messages: what the reference station claims of it (Part 5 Advanced User Interface). */
import type { BlockClaims } from '../../../claims.js';
import { LACKS_STATE } from './port.js';

export const CLAIMS: BlockClaims = {
  // Advanced User Interface: every priority (UI-1.1-1.3); formats ASCII and UTF8 only (UI-2.1, UI-2.4), so HTML
  // and URI are NotSupportedMessageFormat (TC_O_19_CS applies).
  claims: { '2.x': { profiles: ['Advanced User Interface'], features: ['UI-1.1', 'UI-1.2', 'UI-1.3', 'UI-2.1', 'UI-2.4'] } },
  variants: [
    // TC_O_17_CS (NOT (UI-1.1 and UI-1.2 and UI-1.3)) and TC_O_18_CS (a state not supported): a station without
    // AlwaysFront and without the Faulted state (the station follows its claim, O02.FR.03 / O02.FR.04).
    { name: 'display messages without AlwaysFront and the Faulted state', versions: ['2.0.1'], removeFeatures: ['UI-1.1'], addFeatures: [LACKS_STATE] },
  ],
};

/** O Display Messages: what the reference station claims of it (Part 5 Advanced User Interface). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // Advanced User Interface: every priority (UI-1.1-1.3); formats ASCII and UTF8 only (UI-2.1, UI-2.4), so HTML
  // and URI are NotSupportedMessageFormat (TC_O_19_CS applies).
  claims: { '2.x': { profiles: ['Advanced User Interface'], features: ['UI-1.1', 'UI-1.2', 'UI-1.3', 'UI-2.1', 'UI-2.4'] } },
};

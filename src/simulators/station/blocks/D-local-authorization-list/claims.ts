/** D Local Authorization List: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // The Local Authorization List Management profile with LocalAuthListCtrlr.Enabled (LA-1); no LocalAuthListCtrlr.DisablePostAuthorize (LA-3).
  claims: { '2.x': { profiles: ['Local Authorization List Management'], features: ['LA-1'] } },
};

/** D Local Authorization List: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // The Local Authorization List Management profile (LocalAuthListCtrlr.Enabled is 2.0.1's LA-1 but 2.1 numbers the
  // features otherwise, and no case asks for it); LocalAuthListCtrlr.DisablePostAuthorize (LA-3).
  claims: { '2.x': { profiles: ['Local Authorization List Management'], features: ['LA-3'] }, '1.6': { profiles: ['Local Auth List Management'] } },
};

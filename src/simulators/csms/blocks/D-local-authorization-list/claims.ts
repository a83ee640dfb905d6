/** D Local Authorization List: what the reference CSMS claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // The profile, with GetLocalListVersion (LA-2).
  claims: { '2.x': { profiles: ['Local Authorization List Management'], features: ['LA-2'] }, '1.6': { profiles: ['Local Auth List Management'] } },
};

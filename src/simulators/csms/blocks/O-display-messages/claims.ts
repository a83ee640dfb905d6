/** O Display Messages: what the reference CSMS claims of it (Part 5 Advanced User Interface). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // The CSMS sets, gets and clears display messages and takes NotifyDisplayMessages (O01-O06).
  claims: { '2.x': { profiles: ['Advanced User Interface'] } },
};

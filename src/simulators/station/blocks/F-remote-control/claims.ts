/** F Remote control: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // Remote start without authorization (AuthorizeRemoteStart ReadWrite, false: C-48.2; C claims C-48.1 and C-36).
  claims: { '2.x': { features: ['C-48.2'] } },
};

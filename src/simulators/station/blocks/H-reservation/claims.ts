/** H Reservation: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // The station reserves a specific EVSE (H01, H02, H04; not R-2).
  claims: { '2.x': { profiles: ['Reservation'] }, '1.6': { profiles: ['Reservation'] } },
};

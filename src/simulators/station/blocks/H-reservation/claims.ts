/** H Reservation: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // The station reserves a specific EVSE (H01, H02, H04; not R-2).
  claims: { '2.x': { profiles: ['Reservation'] }, '1.6': { profiles: ['Reservation'] } },
  // OCTT 1.6 TC_048_4_CS / TC_050_4_CS: a Charge Point without the Reservation profile (ReserveNow Rejected, 5.13).
  variants: [{ name: 'no Reservation profile', versions: ['1.6'], removeProfiles: ['Reservation'] }],
};

/** H Reservation: what the reference CSMS claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // The CSMS reserves a specific or an unspecified EVSE or a connectorType, cancels reservations and takes ReservationStatusUpdate (H01, H02, H04).
  claims: { '2.x': { profiles: ['Reservation'], features: ['R-1', 'R-2'] }, '1.6': { profiles: ['Reservation'] } },
};

/** H Reservation: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // The station reserves a specific EVSE (H01, H02, H04), ReservationCtrlr.Enabled switches it; are a variant.
  claims: { '2.x': { profiles: ['Reservation'], features: ['R-3'] }, '1.6': { profiles: ['Reservation'] } },
  variants: [
    // ReservationNonEvseSpecific true: reservations of an unspecified EVSE and of a connectorType (R-1) (TC_H_08-16/24_CS).
    { name: 'reservations of an unspecified EVSE or a connectorType', versions: ['2.0.1'], addFeatures: ['R-1', 'R-2'] },
    // OCTT 1.6 TC_048_4_CS / TC_050_4_CS: a Charge Point without the Reservation profile (ReserveNow Rejected, 5.13).
    { name: 'no Reservation profile', versions: ['1.6'], removeProfiles: ['Reservation'] },
  ],
};

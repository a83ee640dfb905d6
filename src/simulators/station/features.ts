/**
 * Part 5 optional features the reference station can be configured without (its ICS claim decides):
 * a station that does not claim one behaves as a station that lacks it.
 */
import type { StationContext } from './context.js';

/** C-13 reset per EVSE (AllowReset), C-56 SummaryInventory, C-47 reconnecting after all network profiles failed. */
export type OptionalFeature = 'C-13' | 'C-56' | 'C-47';

export function supports(ctx: Pick<StationContext, 'options'>, feature: OptionalFeature): boolean {
  const claimed = ctx.options.features;
  return claimed === undefined || claimed.includes(feature);
}

/**
 * Features the station has only when its ICS claims them by name (no claim list is not enough):
 * AS-2 AdditionalRootCertificateCheck changes how every CSMS root install behaves (M05.FR.09-16); R-2 is
 * ReservationCtrlr.NonEvseSpecific (H Reservation answers ReserveNow without evseId accordingly).
 */
export function claimsExplicitly(ctx: Pick<StationContext, 'options'>, feature: 'AS-2' | 'R-2'): boolean {
  return ctx.options.features?.includes(feature) === true;
}

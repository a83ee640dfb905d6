/**
 * Part 5 optional features the reference station can be configured without (its ICS claim decides):
 * a station that does not claim one behaves as a station that lacks it.
 */

/**
 * C-13 reset per EVSE (AllowReset), C-56 SummaryInventory, C-47 reconnecting after all network profiles failed,
 * C-60 cancelling an ongoing firmware update, C-43 installing firmware with ongoing transactions.
 */
export type OptionalFeature = 'C-13' | 'C-56' | 'C-47' | 'C-60' | 'C-43';

/** What the features are read from: the station's options (StationContext, or a block's host). */
interface Claimed { readonly options: { readonly features?: readonly string[] | undefined } }

export function supports(ctx: Claimed, feature: OptionalFeature): boolean {
  const claimed = ctx.options.features;
  return claimed === undefined || claimed.includes(feature);
}

/**
 * Features the station has only when its ICS claims them by name (no claim list is not enough):
 * AS-2 AdditionalRootCertificateCheck changes how every CSMS root install behaves (M05.FR.09-16); R-2 is
 * ReservationCtrlr.NonEvseSpecific (H Reservation answers ReserveNow without evseId accordingly); AQ-7 a station that
 * downloads firmware while a transaction is ongoing (L01: it waits for the transactions only before installing).
 */
export function claimsExplicitly(ctx: Claimed, feature: 'AS-2' | 'R-2' | 'AQ-7'): boolean {
  return ctx.options.features?.includes(feature) === true;
}

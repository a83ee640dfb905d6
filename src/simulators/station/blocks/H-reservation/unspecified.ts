/**
 * Reservations of an unspecified EVSE (R-2, H01.FR.04/07/18-20) or of a connectorType (R-1, H01.FR.06/09/24):
 * the station holds such a reservation on one free EVSE of the type, so one stays free for the idToken; when
 * no EVSE can take it, the status the targeted EVSEs give (H01.FR.11/12/14). Without R-2, Rejected (H01.FR.19).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockHost } from '../../block-host.js';
import type { EvseState } from '../../ports.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

/** only when the ICS claims them by name (no claim list is not enough), as features.ts claimsExplicitly. */
const claims = (host: BlockHost<Faults>, feature: 'R-1' | 'R-2'): boolean => host.options.features?.includes(feature) === true;

/** Every connector of the reference station is of this type (the device model's Connector.ConnectorType). */
export const STATION_CONNECTOR_TYPE = 'cType2';

export interface Target {
  evse?: EvseState;
  status: string;
}

/** Where a ReserveNow without evseId goes; `verdict` is the status a specific request for an EVSE would get. */
export function unspecifiedTarget(host: BlockHost<Faults>, p: Payload, verdict: (evse: EvseState | undefined) => string): Target {
  const type = p.connectorType as string | undefined;
  // H01.FR.19: ReservationNonEvseSpecific absent or false (the station claims no R-2). Fault: its first EVSE is taken instead.
  if (!claims(host, 'R-2') || (type !== undefined && !claims(host, 'R-1'))) {
    if (!host.faults.has('reserve-unspecified-accepted')) return { status: 'Rejected' };
    const first = host.evses.list[0];
    return { ...(first ? { evse: first } : {}), status: verdict(first) };
  }
  // Fault: claims R-2 but refuses every reservation without evseId (H01.FR.04 / FR.18).
  if (host.faults.has('reserve-unspecified-rejected')) return { status: 'Rejected' };
  const targets = type === undefined || type === STATION_CONNECTOR_TYPE ? host.evses.list : [];
  const statuses = targets.map((evse) => ({ evse, status: verdict(evse) }));
  const free = statuses.find((t) => t.status === 'Accepted');
  if (free) return free;
  if (!statuses.length) return { status: 'Rejected' };
  // H01.FR.12 / FR.14: all Faulted / all Unavailable; otherwise some are Reserved or Occupied (H01.FR.11).
  for (const status of ['Faulted', 'Unavailable']) if (statuses.every((t) => t.status === status)) return { status };
  return { status: 'Occupied' };
}

/** How the connectors of the EVSE holding an unspecified or connectorType reservation show it (ports.ts Reservation.display). */
export function displayOf(host: BlockHost<Faults>): { display?: 'when-all-reserved' | 'never' } {
  // Fault: Reserved is never reported, not even once every available EVSE is reserved (H01.FR.20).
  if (host.faults.has('unspecified-reservation-not-shown')) return { display: 'never' };
  return host.options.behaviour.quietReservations ? { display: 'when-all-reserved' } : {};
}

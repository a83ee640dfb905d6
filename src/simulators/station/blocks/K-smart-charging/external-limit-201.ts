/**
 * An external system's charging limit on the reference station, OCPP 2.0.1 (Part 2 K12, K13): an energy
 * management system (chargingLimitSource EMS) imposes a limit on the whole station (operator action
 * externalLimitSet); the station keeps it as a ChargingStationExternalConstraints profile on EVSE 0 (K12.FR.05:
 * reported with that purpose), tells the CSMS (NotifyChargingLimitRequest, not CSO: K12.FR.02 / FR.04); on release
 * (externalLimitReleased) it drops it and sends ClearedChargingLimitRequest (K13.FR.02).
 */
import { done, unavailable, type ActionTable } from '../../actions.js';
import type { BlockHost } from '../../block-host.js';
import type { FAULTS } from './faults.js';
import type { ProfileStore201 } from './store-201.js';

type Fault = (typeof FAULTS)[number]['name'];

/** The id the station gives the external limit's profile (its own, apart from the CSMS's ids). */
const EXTERNAL_PROFILE_ID = 900_001;

export function externalLimitActions(host: BlockHost<Fault>, store: ProfileStore201): ActionTable {
  return {
    externalLimitSet: async ({ params }) => {
      const limit = params.limit === undefined ? 16 : Number(params.limit);
      if (!Number.isFinite(limit) || limit < 0) return unavailable('externalLimitSet needs a limit in A');
      const chargingSchedule = { id: 1, startSchedule: new Date().toISOString(), chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit }] };
      // Fault: reported with the purpose of a CSMS profile (K12.FR.05).
      const purpose = host.faults.has('sc-external-reported-as-max') ? 'ChargingStationMaxProfile' : 'ChargingStationExternalConstraints';
      store.install(0, { id: EXTERNAL_PROFILE_ID, stackLevel: 0, chargingProfilePurpose: purpose, chargingProfileKind: 'Absolute', chargingSchedule: [chargingSchedule] }, 'EMS');
      void host.send('NotifyChargingLimit', { chargingLimit: { chargingLimitSource: 'EMS', isGridCritical: false }, evseId: 0, chargingSchedule: [chargingSchedule] });
      return done;
    },
    externalLimitReleased: async () => {
      if (store.release('EMS')) void host.send('ClearedChargingLimit', { chargingLimitSource: 'EMS' });
      return done;
    },
  };
}

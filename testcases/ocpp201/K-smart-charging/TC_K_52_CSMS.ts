import { defineTestCase } from '../../kit.js';
import { kSettings } from './steps.csms.js';
import { getProfilesSent, reportProfiles, stationProfile } from './steps.reports.csms.js';

export const TC_K_52_CSMS = defineTestCase({
  id: 'TC_K_52_CSMS',
  title: 'Set / Update External Charging Limit (not on a transaction) - ChargingStationExternalConstraints in report',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['K12', 'K09'],
  catches: ['report-profiles-unanswered'],
  async run(ctx) {
    const s = kSettings(ctx);
    // Manual Action, 1-2. GetChargingProfilesRequest for the configured EVSE (the external constraints); Accepted. Tool validations N/a.
    const req = await getProfilesSent(ctx, { evseId: s.evseId, chargingProfile: { chargingProfilePurpose: 'ChargingStationExternalConstraints' } });
    // 3-4. ReportChargingProfilesRequest with the requestId and a ChargingStationExternalConstraints profile (set by the EMS); the CSMS answers.
    const profile = { ...stationProfile(s, 1000 + Math.floor(Math.random() * 9000), req.chargingProfile), chargingProfilePurpose: 'ChargingStationExternalConstraints' as const };
    await reportProfiles(ctx, req.requestId, [{ evseId: req.evseId ?? s.evseId, profiles: [profile], source: 'EMS' }]);
  },
});

import { CaseFailure, CaseInconclusive, defineTestCase } from '../../kit.js';
import { clearSent, kSettings, omitted, same, verifier } from './steps.csms.js';
import { getProfilesSent, reportProfiles, stationProfile } from './steps.reports.csms.js';

export const TC_K_05_CSMS = defineTestCase({
  id: 'TC_K_05_CSMS',
  title: 'Clear Charging Profile - With chargingProfileId',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K10', 'K10.FR.02'],
  catches: ['clear-by-id-adds-criteria'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    // Memory State (established, not graded): the CSMS asks for the profiles, the OCTT reports one (not a TxDefaultProfile).
    const id = 1000 + Math.floor(Math.random() * 9000);
    try {
      const get = await getProfilesSent(ctx, { evseId: 0, chargingProfile: { chargingProfilePurpose: 'ChargingStationMaxProfile' } });
      const profile = { ...stationProfile(s, id, get.chargingProfile), id, chargingProfilePurpose: 'ChargingStationMaxProfile' as const };
      await reportProfiles(ctx, get.requestId, [{ evseId: 0, profiles: [profile] }]);
    } catch (err) {
      if (err instanceof CaseFailure) throw new CaseInconclusive(`Memory State (GetChargingProfiles and the OCTT's report) not established: ${err.message}`);
      throw err;
    }
    // Manual Action, 1-2. ClearChargingProfileRequest for the reported profile's id; Accepted.
    const req = await clearSent(ctx, { chargingProfileId: id }, 'Accepted');
    // Tool validations, step 1 (errata 2025-09, 6.3.13).
    same(verify, req.chargingProfileId, id, 'Step 1: chargingProfileId (<Generated chargingProfileId>)', 'K10.FR.02');
    omitted(verify, req.chargingProfileCriteria, 'Step 1: chargingProfileCriteria', 'K10.FR.02');
  },
});

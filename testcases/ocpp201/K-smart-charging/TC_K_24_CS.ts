/** Part 6 Table 273, TC_K_24_CS: Clear Charging Profile - With stackLevel/purpose combination for multiple profiles. */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { clearChargingProfile, getChargingProfiles, memoryState, smartChargingCase } from './steps.cs.js';

export const TC_K_24_CS = defineTestCase({
  id: 'TC_K_24_CS',
  title: 'Clear Charging Profile - With stackLevel/purpose combination for multiple profiles',
  version: '2.0.1',
  sut: 'CS',
  // Prerequisite: the Charging Station needs to have 2 or more EVSE (Part 5: HFS-8 > 1).
  profiles: [{ profile: 'Smart Charging', condition: 'HFS-8 > 1' }, { profile: 'ISO 15118 Support', condition: 'HFS-8 > 1' }],
  covers: ['K10', 'K10.FR.04'],
  catches: ['sc-clear-by-criteria-ignored', 'sc-clear-criteria-first-only'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Memory State: a profile of <Configured chargingProfilePurpose> at <Configured stackLevel> on evseId 1, another on evseId 2.
      // <Configured chargingProfilePurpose> on EVSE 1 and EVSE 2: a per-EVSE purpose without a transaction is a TxDefaultProfile.
      const purpose = 'TxDefaultProfile';
      await memoryState(ctx, [1, 2].map((evseId, i) => chargingProfile(s, { id: s.profileId + i, evseId, purpose, duration: s.durationS })));
      const criteria = { chargingProfilePurpose: purpose, stackLevel: s.stackLevel };
      // 1-2. ClearChargingProfileRequest by purpose and stackLevel: Accepted.
      ctx.expect(await clearChargingProfile(ctx, { chargingProfileCriteria: criteria }, 'K10.FR.04'), 'K10.FR.04: ClearChargingProfileResponse status').to.equal('Accepted');
      // 3-4. GetChargingProfilesRequest with the same purpose and stackLevel: NoProfiles (both are cleared).
      const got = await getChargingProfiles(ctx, { chargingProfile: criteria }, 'K10.FR.04');
      ctx.expect(got.status, 'K10.FR.04: GetChargingProfilesResponse status').to.equal('NoProfiles');
    });
  },
});

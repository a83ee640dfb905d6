/** Part 6 Table 257, TC_K_05_CS: Clear Charging Profile - With chargingProfileId. */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { clearChargingProfile, getChargingProfiles, memoryState, smartChargingCase } from './steps.cs.js';

export const TC_K_05_CS = defineTestCase({
  id: 'TC_K_05_CS',
  title: 'Clear Charging Profile - With chargingProfileId',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K10', 'K10.FR.03'],
  catches: ['sc-clear-by-id-ignored'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Memory State: a charging profile with <Configured chargingProfileId>.
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', duration: s.durationS });
      await memoryState(ctx, [profile]);
      // 1-2. ClearChargingProfileRequest with chargingProfileId: Accepted.
      ctx.expect(await clearChargingProfile(ctx, { chargingProfileId: profile.id }, 'K10.FR.03'), 'K10.FR.03: ClearChargingProfileResponse status').to.equal('Accepted');
      // 3-4. GetChargingProfilesRequest for the id: NoProfiles.
      const got = await getChargingProfiles(ctx, { chargingProfile: { chargingProfileId: [profile.id] } }, 'K10.FR.03');
      ctx.expect(got.status, 'K10.FR.03: GetChargingProfilesResponse status').to.equal('NoProfiles');
    });
  },
});

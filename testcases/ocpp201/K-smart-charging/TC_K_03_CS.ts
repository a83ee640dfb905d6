/** Part 6 Table 255, TC_K_03_CS: Set Charging Profile - ChargingStationMaxProfile. Errata 2025-09 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { expectReported, expectRequestId, getChargingProfiles, setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_03_CS = defineTestCase({
  id: 'TC_K_03_CS',
  title: 'Set Charging Profile - ChargingStationMaxProfile',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K09.FR.01', 'K09.FR.05'],
  catches: ['sc-report-wrong-request-id'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // 1-2. ChargingStationMaxProfile, Absolute, <Configured duration>, limit 6 A / 6000 W, EVSEId 0.
      const profile = chargingProfile(s, { id: s.profileId, evseId: 0, purpose: 'ChargingStationMaxProfile', duration: s.durationS });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01'), 'K01: SetChargingProfileResponse status').to.equal('Accepted');
      // 3-6. GetChargingProfilesRequest for <Configured chargingProfileId>.
      const got = await getChargingProfiles(ctx, { chargingProfile: { chargingProfileId: [profile.id] } }, 'K09.FR.01');
      ctx.expect(got.status, 'K09: GetChargingProfilesResponse status').to.equal('Accepted');
      expectRequestId(ctx, got, 'K09.FR.01');
      // Step 5: EvseId 0, the profile as sent.
      expectReported(ctx, got, profile, 'K01', 0);
    });
  },
});

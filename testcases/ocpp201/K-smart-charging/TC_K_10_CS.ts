/** Part 6 Table 262, TC_K_10_CS: Set Charging Profile - TxDefaultProfile - All EVSE. Errata 2025-09 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { expectReported, expectRequestId, getChargingProfiles, setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_10_CS = defineTestCase({
  id: 'TC_K_10_CS',
  title: 'Set Charging Profile - TxDefaultProfile - All EVSE',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.07', 'K01.FR.14', 'K09.FR.01'],
  catches: ['sc-report-wrong-request-id'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // 1-2. TxDefaultProfile on evseId 0 (all EVSEs), limit 6.0.
      const profile = chargingProfile(s, { id: s.profileId, evseId: 0, purpose: 'TxDefaultProfile', duration: s.durationS });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.14'), 'K01.FR.14: SetChargingProfileResponse status').to.equal('Accepted');
      // 3-6. GetChargingProfilesRequest for the id.
      const got = await getChargingProfiles(ctx, { chargingProfile: { chargingProfileId: [profile.id] } }, 'K09.FR.01');
      ctx.expect(got.status, 'K09: GetChargingProfilesResponse status').to.equal('Accepted');
      expectRequestId(ctx, got, 'K09.FR.01');
      // Step 5: EVSEId 0, tbc false (one profile: one report), the profile as sent.
      ctx.expect(got.reports.at(-1)?.tbc ?? false, 'K09.FR.02: ReportChargingProfilesRequest tbc').to.equal(false);
      expectReported(ctx, got, profile, 'K01.FR.14', 0);
    });
  },
});

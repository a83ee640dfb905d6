/** Part 6 Table 253, TC_K_01_CS: Set Charging Profile - TxDefaultProfile - Specific EVSE. Errata 2025-09 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { expectReported, expectRequestId, getChargingProfiles, setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_01_CS = defineTestCase({
  id: 'TC_K_01_CS',
  title: 'Set Charging Profile - TxDefaultProfile - Specific EVSE',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.07', 'K01.FR.15', 'K09.FR.01'],
  catches: ['sc-report-wrong-request-id'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // 1-2. SetChargingProfileRequest: TxDefaultProfile on <Configured evseId>, <Configured duration>, limit 6 A / 6000 W.
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', duration: s.durationS });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.15'), 'K01.FR.15: SetChargingProfileResponse status').to.equal('Accepted');
      // 3-6. GetChargingProfilesRequest for <Configured chargingProfileId>; the report(s) follow.
      const got = await getChargingProfiles(ctx, { chargingProfile: { chargingProfileId: [profile.id] } }, 'K09.FR.01');
      ctx.expect(got.status, 'K09: GetChargingProfilesResponse status').to.equal('Accepted');
      expectRequestId(ctx, got, 'K09.FR.01');
      // Step 5 evseId <Configured evseId>, chargingProfile <Configured ChargingProfile>; post scenario: the same profile as sent.
      expectReported(ctx, got, profile, 'K01.FR.15');
    });
  },
});

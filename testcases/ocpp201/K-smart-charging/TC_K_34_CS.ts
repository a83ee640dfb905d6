/** Part 6 Table 280, TC_K_34_CS: Get Charging Profile - EvseId > 0 + chargingLimitSource. */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { expectReported, expectRequestId, getChargingProfiles, memoryState, smartChargingCase } from './steps.cs.js';

export const TC_K_34_CS = defineTestCase({
  id: 'TC_K_34_CS',
  title: 'Get Charging Profile - EvseId > 0 + chargingLimitSource',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K09', 'K09.FR.01', 'K09.FR.02', 'K09.FR.04'],
  catches: ['sc-report-source-filter-ignored'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Memory State: <Generated Id1>, TxDefaultProfile, stackLevel <Configured StackLevel + 1>, on <Configured evseId>.
      const profile = chargingProfile(s, { id: s.profileId + 1, evseId: s.evseId, purpose: 'TxDefaultProfile', stackLevel: s.stackLevel + 1, duration: s.durationS });
      await memoryState(ctx, [profile]);
      // 1-4. GetChargingProfilesRequest with evseId and chargingLimitSource CSO: the profile is reported.
      const got = await getChargingProfiles(ctx, { evseId: s.evseId, chargingProfile: { chargingLimitSource: [s.limitSource] } }, 'K09.FR.04');
      ctx.expect(got.status, 'K09: GetChargingProfilesResponse status').to.equal('Accepted');
      expectRequestId(ctx, got, 'K09.FR.01');
      expectReported(ctx, got, profile, 'K09.FR.04');
      // 5-6. The same with <Configured chargingLimitSource2>: NoProfiles.
      const none = await getChargingProfiles(ctx, { evseId: s.evseId, chargingProfile: { chargingLimitSource: [s.limitSource2] } }, 'K09.FR.04');
      ctx.expect(none.status, 'K09.FR.04: GetChargingProfilesResponse status (chargingLimitSource2)').to.equal('NoProfiles');
    });
  },
});

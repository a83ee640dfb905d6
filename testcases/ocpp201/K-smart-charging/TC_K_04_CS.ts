/** Part 6 Table 256, TC_K_04_CS: Replace charging profile - With chargingProfileId. Errata 2025-09 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { expectReported, expectRequestId, getChargingProfiles, memoryState, setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_04_CS = defineTestCase({
  id: 'TC_K_04_CS',
  title: 'Replace charging profile - With chargingProfileId',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.05'],
  catches: ['sc-replace-keeps-old'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // Memory State: a TxDefaultProfile with limit 6.0 / 6000.0 under the id.
      const first = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', duration: s.durationS });
      await memoryState(ctx, [first]);
      // 1-2. The same id, TxDefaultProfile, limit 10.0 / 10000.0.
      const second = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', duration: s.durationS, periods: [[0, 10]] });
      ctx.expect(await setChargingProfile(ctx, second, 'K01.FR.05'), 'K01.FR.05: SetChargingProfileResponse status').to.equal('Accepted');
      // 3-6. GetChargingProfilesRequest for the id: the report holds the profile of step 1, on <Configured EVSEId>.
      const got = await getChargingProfiles(ctx, { chargingProfile: { chargingProfileId: [second.id] } }, 'K01.FR.05');
      ctx.expect(got.status, 'K09: GetChargingProfilesResponse status').to.equal('Accepted');
      expectRequestId(ctx, got, 'K09.FR.01');
      expectReported(ctx, got, second, 'K01.FR.05');
    });
  },
});

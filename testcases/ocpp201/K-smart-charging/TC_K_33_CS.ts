/** Part 6 Table 279, TC_K_33_CS: Get Charging Profile - EvseId > 0 + stackLevel. */
import { defineTestCase } from '../../kit.js';
import { maxAndDefault, sc201 } from './steps.profiles.cs.js';
import { expectNotReported, expectReported, expectRequestId, getChargingProfiles, memoryState, smartChargingCase } from './steps.cs.js';

export const TC_K_33_CS = defineTestCase({
  id: 'TC_K_33_CS',
  title: 'Get Charging Profile - EvseId > 0 + stackLevel',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K09', 'K09.FR.01', 'K09.FR.02', 'K09.FR.04', 'K09.FR.05'],
  catches: ['sc-report-evse-filter-ignored'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Memory State: <Generated Id1> ChargingStationMaxProfile, <Configured stackLevel>, on the station; <Generated Id2>
      // TxDefaultProfile, <Configured stackLevel2>, on <Configured evseId>. Step 2 expects Accepted and a profile reported: the
      // request matches only what is on the EVSE (K09.FR.05), so <Configured stackLevel2> is the stack level asked for.
      const { max, txDefault } = maxAndDefault(s);
      await memoryState(ctx, [max, txDefault]);
      // 1-4. GetChargingProfilesRequest with evseId <Configured evseId> and stackLevel <Configured stackLevel>.
      const got = await getChargingProfiles(ctx, { evseId: s.evseId, chargingProfile: { stackLevel: s.stackLevel } }, 'K09.FR.04');
      ctx.expect(got.status, 'K09.FR.04: GetChargingProfilesResponse status').to.equal('Accepted');
      expectRequestId(ctx, got, 'K09.FR.01');
      // Step 3: the EVSE's profile, as set; the station's ChargingStationMaxProfile is not on the EVSE asked.
      expectReported(ctx, got, txDefault, 'K09.FR.04');
      expectNotReported(ctx, got, [max], 'K09.FR.04');
    });
  },
});

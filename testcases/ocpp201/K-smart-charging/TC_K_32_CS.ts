/** Part 6 Table 278, TC_K_32_CS: Get Charging Profile - chargingProfileId. */
import { defineTestCase } from '../../kit.js';
import { maxAndDefault, sc201 } from './steps.profiles.cs.js';
import { expectNotReported, expectReported, expectRequestId, getChargingProfiles, memoryState, smartChargingCase } from './steps.cs.js';

export const TC_K_32_CS = defineTestCase({
  id: 'TC_K_32_CS',
  title: 'Get Charging Profile - chargingProfileId',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K09', 'K09.FR.01', 'K09.FR.02'],
  catches: ['sc-report-wrong-request-id'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Memory State: <Generated Id1> ChargingStationMaxProfile on the station, <Generated Id2> TxDefaultProfile on <Configured evseId>.
      const { max, txDefault } = maxAndDefault(s);
      await memoryState(ctx, [max, txDefault]);
      // 1-4. GetChargingProfilesRequest with chargingProfileId <Generated Id1>: that profile is reported.
      const got = await getChargingProfiles(ctx, { chargingProfile: { chargingProfileId: [max.id] } }, 'K09.FR.02');
      ctx.expect(got.status, 'K09: GetChargingProfilesResponse status').to.equal('Accepted');
      expectRequestId(ctx, got, 'K09.FR.01');
      expectReported(ctx, got, max, 'K09.FR.01', 0);
      expectNotReported(ctx, got, [txDefault], 'K09.FR.01');
    });
  },
});

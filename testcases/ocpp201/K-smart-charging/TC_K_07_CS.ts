/** Part 6 Table 259, TC_K_07_CS: Clear Charging Profile - With unknown stackLevel/purpose combination. */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { clearChargingProfile, memoryState, smartChargingCase } from './steps.cs.js';

export const TC_K_07_CS = defineTestCase({
  id: 'TC_K_07_CS',
  title: 'Clear Charging Profile - With unknown stackLevel/purpose combination',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K10', 'K10.FR.01'],
  catches: ['sc-clear-unknown-accepted'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Memory State: a TxDefaultProfile at StackLevel 1.
      await memoryState(ctx, [chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', stackLevel: 1, duration: s.durationS })]);
      // 1-2. ClearChargingProfileRequest for ChargingStationMaxProfile at stackLevel 0: nothing matches, Unknown.
      const status = await clearChargingProfile(ctx, { chargingProfileCriteria: { chargingProfilePurpose: 'ChargingStationMaxProfile', stackLevel: 0 } }, 'K10.FR.01');
      ctx.expect(status, 'K10.FR.01: ClearChargingProfileResponse status').to.equal('Unknown');
    });
  },
});

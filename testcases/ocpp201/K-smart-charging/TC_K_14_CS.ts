/** Part 6 Table 266, TC_K_14_CS: Set Charging Profile - Unexisting EVSEid. */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { evseCountPlusOne, setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_14_CS = defineTestCase({
  id: 'TC_K_14_CS',
  title: 'Set Charging Profile - Unexisting EVSEid',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.28'],
  catches: ['sc-unknown-evse-accepted'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // 1-2. SetChargingProfileRequest with evseId <EVSECount + 1>: Rejected.
      const profile = chargingProfile(s, { id: s.profileId, evseId: evseCountPlusOne(ctx), purpose: 'TxDefaultProfile', duration: s.durationS });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.28'), 'K01.FR.28: SetChargingProfileResponse status').to.equal('Rejected');
    });
  },
});

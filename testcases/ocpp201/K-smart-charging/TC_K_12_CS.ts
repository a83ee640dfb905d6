/** Part 6 Table 264, TC_K_12_CS: Set Charging Profile - ChargerRateUnit Rejected. */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { setChargingProfile, smartChargingCase, unsupportedUnit } from './steps.cs.js';

export const TC_K_12_CS = defineTestCase({
  id: 'TC_K_12_CS',
  title: 'Set Charging Profile - ChargerRateUnit Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Smart Charging', condition: 'NOT (SC-2.1 and SC-2.2)' }, { profile: 'ISO 15118 Support', condition: 'NOT (SC-2.1 and SC-2.2)' }],
  covers: ['K01', 'K01.FR.26'],
  catches: ['sc-unsupported-unit-accepted'],
  async run(ctx) {
    // Configuration State: only when one of the 2 chargingRateUnits is not supported (the Part 5 condition); that one is used.
    const s = unsupportedUnit(ctx, sc201(ctx));
    ctx.log(`chargingRateUnit the station does not support: ${s.unit}`);
    await smartChargingCase(ctx, async () => {
      // 1-2. SetChargingProfileRequest with <Configured chargingProfileId> and that chargingRateUnit: Rejected.
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', duration: s.durationS });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.26'), 'K01.FR.26: SetChargingProfileResponse status').to.equal('Rejected');
    });
  },
});

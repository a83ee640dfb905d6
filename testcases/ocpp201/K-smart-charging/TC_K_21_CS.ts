/** Part 6 Table 270, TC_K_21_CS: Set Charging Profile - ValidFrom. Errata 2025-09 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, fromNow, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { checkComposite, setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_21_CS = defineTestCase({
  id: 'TC_K_21_CS',
  title: 'Set Charging Profile - ValidFrom',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.36', 'K08.FR.06'],
  catches: ['sc-valid-from-ignored'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // 1-2. A Relative TxDefaultProfile on <Configured evseId>, validFrom now + 300 s, no validTo, no startSchedule: Accepted.
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', kind: 'Relative', validFrom: fromNow(300) });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.36'), 'K01.FR.36: SetChargingProfileResponse status').to.equal('Accepted');
      // 3-4. GetCompositeScheduleRequest duration 400: startPeriod 0 (the local limit), then (300 - x) limit 6.
      await checkComposite(ctx, s, { evseId: s.evseId, durationS: 400, installed: [profile] }, 'K01.FR.36');
    });
  },
});

/** Part 6 Table 272, TC_K_23_CS: Set Charging Profile - StartSchedule. Errata 2025-09 6.2.67 (no validFrom / validTo, startSchedule now + 60 s), 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, fromNow, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { checkComposite, setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_23_CS = defineTestCase({
  id: 'TC_K_23_CS',
  title: 'Set Charging Profile - StartSchedule',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.30', 'K08.FR.06'],
  catches: ['sc-start-schedule-ignored'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // 1-2. An Absolute TxDefaultProfile, startSchedule now + 60 s, limit 6 x <limit multiplier> (errata 2025-09 6.2.67: no validFrom / validTo).
      const now = Date.now();
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', startSchedule: fromNow(60, now) });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.30'), 'K01.FR.30: SetChargingProfileResponse status').to.equal('Accepted');
      // 3-4. GetCompositeScheduleRequest duration 300: startPeriod 0 (the local limit), then (60 - x) limit 6.
      await checkComposite(ctx, s, { evseId: s.evseId, durationS: 300, installed: [profile] }, 'K01.FR.30');
    });
  },
});

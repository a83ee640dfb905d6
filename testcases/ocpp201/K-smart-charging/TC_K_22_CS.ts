/** Part 6 Table 271, TC_K_22_CS: Set Charging Profile - ValidTo. Errata 2025-09 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, fromNow, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { checkComposite, setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_22_CS = defineTestCase({
  id: 'TC_K_22_CS',
  title: 'Set Charging Profile - ValidTo',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.37', 'K08.FR.02', 'K08.FR.03'],
  catches: ['sc-valid-to-ignored'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // 1-2. An Absolute TxDefaultProfile on evseId 0, validFrom now - deviation, validTo now + 300 s, startSchedule now, limit 6 / 6000: Accepted.
      const now = Date.now();
      const profile = chargingProfile(s, { id: s.profileId, evseId: 0, purpose: 'TxDefaultProfile',
        validFrom: fromNow(-s.deviationS, now), validTo: fromNow(300, now), startSchedule: fromNow(0, now) });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.37'), 'K01.FR.37: SetChargingProfileResponse status').to.equal('Accepted');
      // 3-4, for evseId 0, 1, ... <nr. of configured EVSEs>: GetCompositeScheduleRequest duration 400: startPeriod 0 limit 6
      // (on evseId 0 times the nr. of EVSEs), then from (300 - x) the station's local limit (its value not validated).
      for (const evseId of [0, ...ctx.ics.evses.map((e) => e.id)]) {
        await checkComposite(ctx, s, { evseId, durationS: 400, installed: [profile] }, 'K01.FR.37');
      }
    });
  },
});

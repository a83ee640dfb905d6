/** Part 6 Table 269, TC_K_19_CS: Set Charging Profile - ChargingProfileKind is Recurring. */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_19_CS = defineTestCase({
  id: 'TC_K_19_CS',
  title: 'Set Charging Profile - ChargingProfileKind is Recurring',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.40'],
  catches: ['sc-recurring-rejected'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // 1-2. A Recurring TxDefaultProfile, recurrencyKind <Configured RecurrencyKind>, startSchedule now (K01.FR.40): Accepted.
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', kind: 'Recurring', duration: s.durationS });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.40'), 'K01.FR.40: SetChargingProfileResponse status').to.equal('Accepted');
    });
  },
});

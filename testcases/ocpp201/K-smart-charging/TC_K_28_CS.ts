/** Part 6 Table 274, TC_K_28_CS: Set Charging Profile - TxDefaultProfile with transaction ongoing. Errata 2025-09 6.2.68 (no validFrom / validTo, duration 400 + deviation), 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { chargingProfile, fromNow, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { checkComposite, LIMIT_CHANGE_SIGNIFICANCE, setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_28_CS = defineTestCase({
  id: 'TC_K_28_CS',
  title: 'Set Charging Profile - TxDefaultProfile with transaction ongoing',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.32', 'K08.FR.02'],
  catches: ['sc-composite-tx-default-ignored'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. An Absolute TxDefaultProfile, duration 400 + <Configured max time deviation>, startSchedule now - deviation, limit 6 x
      // <limit multiplier>: Accepted (errata 2025-09 6.2.68: no validFrom / validTo).
      const now = Date.now();
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', duration: 400 + s.deviationS,
        startSchedule: fromNow(-s.deviationS, now) });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.32'), 'K01.FR.32: SetChargingProfileResponse status').to.equal('Accepted');
      // 3-4. GetCompositeScheduleRequest duration 300: the running transaction follows the new default, startPeriod 0 limit 6.
      await checkComposite(ctx, s, { evseId: s.evseId, durationS: 300, installed: [profile] }, 'K01.FR.32');
    }, LIMIT_CHANGE_SIGNIFICANCE);
  },
});

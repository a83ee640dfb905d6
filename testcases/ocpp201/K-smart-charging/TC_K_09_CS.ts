/** Part 6 Table 261, TC_K_09_CS: Clear Charging Profile - Clearing a TxDefaultProfile - With ongoing transaction. Errata 2025-09 6.2.66 (no validFrom / validTo), 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { normalise201 } from './steps.composite.js';
import { chargingProfile, fromNow, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { checkComposite, clearChargingProfile, LIMIT_CHANGE_SIGNIFICANCE, memoryState, smartChargingCase } from './steps.cs.js';

export const TC_K_09_CS = defineTestCase({
  id: 'TC_K_09_CS',
  title: 'Clear Charging Profile - Clearing a TxDefaultProfile - With ongoing transaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K10', 'K10.FR.07', 'K08.FR.02'],
  catches: ['sc-clear-by-criteria-ignored', 'sc-composite-tx-default-ignored'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // Memory State: an Absolute TxDefaultProfile, stackLevel 0, limit 6 x <limit multiplier>; Charging State EnergyTransferStarted.
      const now = Date.now();
      // Errata 2025-09 6.2.66: no validFrom / validTo; duration 400 + <Configured max time deviation>, startSchedule now.
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', stackLevel: 0, duration: 400 + s.deviationS,
        startSchedule: fromNow(0, now) });
      await memoryState(ctx, [profile]);
      await energyTransferStarted(ctx);
      // 1-2. GetCompositeScheduleRequest (duration 300, as step 6): startPeriod 0, limit 6.
      const before = await checkComposite(ctx, s, { evseId: s.evseId, durationS: 300, installed: [profile] }, 'K08.FR.02');
      // The limit at startPeriod 0, a slice shorter than the deviation aside (startSchedule is "now": the station's start may precede it).
      const first = (periods: typeof before) => normalise201(periods, 300, s.deviationS)[0]?.limit;
      ctx.expect(first(before), 'K08.FR.02: chargingSchedulePeriod[0].limit with the TxDefaultProfile').to.equal(6 * s.scale);
      // 3-4. ClearChargingProfileRequest for TxDefaultProfile: Accepted.
      const status = await clearChargingProfile(ctx, { chargingProfileCriteria: { chargingProfilePurpose: 'TxDefaultProfile' } }, 'K10.FR.07');
      ctx.expect(status, 'K10.FR.07: ClearChargingProfileResponse status').to.equal('Accepted');
      // 5-6. GetCompositeScheduleRequest duration 300: the local limit, which must not be 6 (the transaction goes on without the default).
      const after = await checkComposite(ctx, s, { evseId: s.evseId, durationS: 300, installed: [] }, 'K10.FR.07');
      ctx.expect(first(after), 'K10.FR.07: chargingSchedulePeriod[0].limit after the TxDefaultProfile was cleared').to.not.equal(6 * s.scale);
    }, LIMIT_CHANGE_SIGNIFICANCE);
  },
});

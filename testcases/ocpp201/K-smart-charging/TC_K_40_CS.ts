/** Part 6 Table 287, TC_K_40_CS: Get Composite Schedule - Stacking ChargingProfiles. Errata 2025-09 6.2.69, 6.2.72 (one startSchedule for both profiles), 6.2.74 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, fromNow, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { checkComposite, memoryState, needsVariablesAbove, smartChargingCase } from './steps.cs.js';

export const TC_K_40_CS = defineTestCase({
  id: 'TC_K_40_CS',
  title: 'Get Composite Schedule - Stacking ChargingProfiles',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K08', 'K08.FR.02', 'K08.FR.06', 'K01.FR.17'],
  catches: ['sc-composite-lowest-stack-wins', 'sc-composite-duration-wrong'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    // Prerequisites: ChargingProfileEntries.maxLimit > 1, ChargingProfileMaxStackLevel (SmartChargingCtrlr.ProfileStackLevel) > 0, PeriodsPerSchedule > 2.
    await needsVariablesAbove(ctx, [['ProfileStackLevel', 0], ['PeriodsPerSchedule', 2]]);
    await smartChargingCase(ctx, async () => {
      // Memory State: two Absolute TxDefaultProfiles on <Configured evseId>, stack levels 0 and 1.
      const now = Date.now();
      const window = { validFrom: fromNow(-s.deviationS, now), validTo: fromNow(s.deviationS + 401, now), startSchedule: fromNow(-s.deviationS, now) };
      const installed = [
        chargingProfile(s, { id: s.profileId + 1, evseId: s.evseId, purpose: 'TxDefaultProfile', stackLevel: 0, duration: 400 + s.deviationS, ...window, periods: [[0, 6], [100, 8], [200, 10]] }),
        chargingProfile(s, { id: s.profileId + 2, evseId: s.evseId, purpose: 'TxDefaultProfile', stackLevel: 1, duration: 150 + s.deviationS, ...window, periods: [[0, 7], [100, 9]] }),
      ];
      await memoryState(ctx, installed);
      // 1-2. GetCompositeScheduleRequest duration 350: 0 -> 7, (100 - x) -> 9, (150 - x) -> 8, (200 - x) -> 10.
      await checkComposite(ctx, s, { evseId: s.evseId, durationS: 350, installed }, 'K08.FR.02');
    });
  },
});

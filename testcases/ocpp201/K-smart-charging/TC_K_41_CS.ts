/** Part 6 Table 288, TC_K_41_CS: Get Composite Schedule - Combining chargingProfilePurposes. Errata 2025-09 6.2.69, 6.2.73, 6.2.74, 6.2.75 (EnergyTransferStarted first) applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { chargingProfile, fromNow, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { checkComposite, memoryState, needsVariablesAbove, smartChargingCase } from './steps.cs.js';

export const TC_K_41_CS = defineTestCase({
  id: 'TC_K_41_CS',
  title: 'Get Composite Schedule - Combining chargingProfilePurposes',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K08', 'K08.FR.02', 'K08.FR.04'],
  catches: ['sc-composite-max-ignored'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    // Prerequisites: ChargingProfileEntries.maxLimit > 2, PeriodsPerSchedule > 2.
    await needsVariablesAbove(ctx, [['PeriodsPerSchedule', 2]]);
    await smartChargingCase(ctx, async (session) => {
      // Profile 3 is a TxProfile: it needs the transaction it belongs to (K01.FR.09), so the EVSE charges first.
      await energyTransferStarted(ctx);
      const now = Date.now();
      const window = { validFrom: fromNow(-s.deviationS, now), validTo: fromNow(s.deviationS + 401, now), startSchedule: fromNow(-s.deviationS, now) };
      const installed = [
        chargingProfile(s, { id: s.profileId + 1, evseId: 0, purpose: 'ChargingStationMaxProfile', stackLevel: 0, duration: 86400, startSchedule: fromNow(-s.deviationS, now), periods: [[0, 10]] }),
        chargingProfile(s, { id: s.profileId + 2, evseId: s.evseId, purpose: 'TxDefaultProfile', stackLevel: 0, duration: 300, ...window, periods: [[0, 6], [60, 10], [120, 8], [180, 15], [260, 8]] }),
        chargingProfile(s, { id: s.profileId + 3, evseId: s.evseId, purpose: 'TxProfile', stackLevel: 0, duration: 260, ...window, transactionId: session.transactionId ?? '',
          periods: [[0, 8], [50, 11], [140, 16], [200, 6], [240, 12]] }),
      ];
      await memoryState(ctx, installed);
      // 1-2. GetCompositeScheduleRequest duration 400: 0 -> 8, (50 - x) -> 10, (200 - x) -> 6, (240 - x) -> 10.
      await checkComposite(ctx, s, { evseId: s.evseId, durationS: 400, installed }, 'K08.FR.04');
    });
  },
});

/** OCTT 1.6 §2.22.2, Table 82: Get Composite Schedule. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';
import { backdated, chargingProfile, scSettings } from './steps.profiles.js';
import { checkComposite, memoryState, needsAtLeast, noProfiles, PROFILE_IDS } from './steps.cs.js';

export const TC_066_CS = defineTestCase({
  id: 'TC_066_CS',
  title: 'Get Composite Schedule',
  version: '1.6',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['3.13.1', '3.13.2', '5.7'],
  catches: ['max-profile-ignored', 'tx-profile-ignored'],
  async run(ctx) {
    const s = scSettings(ctx);
    // Prerequisites: MaxChargingProfilesInstalled >= 3, ChargingScheduleMaxPeriods >= 5.
    await needsAtLeast(ctx, [['MaxChargingProfilesInstalled', 3], ['ChargingScheduleMaxPeriods', 5]]);
    await noProfiles(ctx);
    // Reusable State Charging, executed before the memory states.
    const tx = await energyTransferStarted(ctx);
    // Memory State: ChargePointMaxProfile on connector 0, then a TxDefaultProfile and a TxProfile on the connector.
    const now = Date.now();
    const window = { validFrom: backdated(s, now), validTo: backdated(s, now, 401), startSchedule: backdated(s, now) };
    const installed = [
      chargingProfile(s, { id: PROFILE_IDS.first, connectorId: 0, purpose: 'ChargePointMaxProfile', stackLevel: 0, duration: 86400, startSchedule: backdated(s, now), periods: [[0, 10]] }),
      chargingProfile(s, { id: PROFILE_IDS.second, connectorId: tx.connectorId, purpose: 'TxDefaultProfile', stackLevel: 0, duration: 300, ...window,
        periods: [[0, 6], [60, 10], [120, 8], [180, 15], [260, 8]] }),
      chargingProfile(s, { id: PROFILE_IDS.third, connectorId: tx.connectorId, purpose: 'TxProfile', stackLevel: 0, duration: 260, ...window,
        transactionId: tx.transactionId, periods: [[0, 8], [50, 11], [140, 16], [200, 6], [240, 12]] }),
    ];
    await memoryState(ctx, installed);
    // 1-2. GetCompositeSchedule.req duration 400: 0 -> 8, 50-x -> 10, 200-x -> 6, 240-x -> 10.
    await checkComposite(ctx, s, {
      connectorId: tx.connectorId, durationS: 400, installed,
      transaction: { transactionId: tx.transactionId, startMs: Date.parse(String(tx.call.payload.timestamp)) },
    }, '5.7');
    await noProfiles(ctx);
  },
});

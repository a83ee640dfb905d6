/** OCTT 1.6 §2.22.3, Table 83: Clear Charging Profile. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorOf } from '../_shared/states.cs.js';
import { backdated, chargingProfile, scSettings } from './steps.profiles.js';
import { checkComposite, clearChargingProfile, memoryState, noProfiles, PROFILE_IDS } from './steps.cs.js';

export const TC_067_CS = defineTestCase({
  id: 'TC_067_CS',
  title: 'Clear Charging Profile',
  version: '1.6',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['5.5', '3.13.1', '5.7'],
  catches: ['clear-by-id-ignored', 'max-profile-ignored'],
  async run(ctx) {
    const s = scSettings(ctx);
    const connectorId = connectorOf(ctx);
    await noProfiles(ctx);
    // Memory State: TxDefaultProfile stack level 1, TxDefaultProfile stack level 0, ChargePointMaxProfile on connector 0.
    const now = Date.now();
    const window = { validFrom: backdated(s, now), validTo: backdated(s, now, 401), startSchedule: backdated(s, now) };
    const first = chargingProfile(s, { id: PROFILE_IDS.first, connectorId, purpose: 'TxDefaultProfile', stackLevel: 1, duration: 400, startSchedule: backdated(s, now), periods: [[0, 6], [60, 8], [200, 10]] });
    const second = chargingProfile(s, { id: PROFILE_IDS.second, connectorId, purpose: 'TxDefaultProfile', stackLevel: 0, duration: 400, ...window, periods: [[0, 7], [100, 9]] });
    const third = chargingProfile(s, { id: PROFILE_IDS.third, connectorId: 0, purpose: 'ChargePointMaxProfile', stackLevel: 0, duration: 86400, ...window, periods: [[0, 11], [200, 12]] });
    await memoryState(ctx, [first, second, third]);
    // 1-2. ClearChargingProfile.req with the first profile's id only; Accepted.
    await clearChargingProfile(ctx, { id: first.chargingProfileId }, '5.5');
    // 3-4. GetCompositeSchedule.req: 0 -> 7, 100-x -> 9.
    await checkComposite(ctx, s, { connectorId, durationS: 350, installed: [second, third] }, '5.7');
    // 5-6. ClearChargingProfile.req with the second profile's purpose and stack level only; Accepted.
    await clearChargingProfile(ctx, { chargingProfilePurpose: 'TxDefaultProfile', stackLevel: second.stackLevel }, '5.5');
    // 7-8. GetCompositeSchedule.req: 0 -> 11, 200-x -> 12.
    await checkComposite(ctx, s, { connectorId, durationS: 350, installed: [third] }, '5.7');
    // 9-10. ClearChargingProfile.req with all fields omitted; Accepted.
    await clearChargingProfile(ctx, {}, '5.5');
    // 11-12. GetCompositeSchedule.req: 0 -> the charge point's own limit.
    await checkComposite(ctx, s, { connectorId, durationS: 350, installed: [] }, '5.7');
  },
});

/** OCTT 1.6 §2.22.4, Table 84: Stacking Charging Profiles. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorOf } from '../_shared/states.cs.js';
import { backdated, chargingProfile, scSettings } from './steps.profiles.js';
import { checkComposite, memoryState, noProfiles, PROFILE_IDS } from './steps.cs.js';

export const TC_072_CS = defineTestCase({
  id: 'TC_072_CS',
  title: 'Stacking Charging Profiles',
  version: '1.6',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['3.13.2', '5.7'],
  catches: ['stack-level-inverted'],
  async run(ctx) {
    const s = scSettings(ctx);
    const connectorId = connectorOf(ctx);
    await noProfiles(ctx);
    // Memory State: two TxDefaultProfiles, stack levels 0 and 1.
    const now = Date.now();
    const window = { validFrom: backdated(s, now), validTo: backdated(s, now, 401), startSchedule: backdated(s, now) };
    const installed = [
      chargingProfile(s, { id: PROFILE_IDS.first, connectorId, purpose: 'TxDefaultProfile', stackLevel: 0, duration: 400, ...window, periods: [[0, 6], [100, 8], [200, 10]] }),
      chargingProfile(s, { id: PROFILE_IDS.second, connectorId, purpose: 'TxDefaultProfile', stackLevel: 1, duration: 150, ...window, periods: [[0, 7], [100, 9]] }),
    ];
    await memoryState(ctx, installed);
    // 1-2. GetCompositeSchedule.req duration 350: 0 -> 7, 100-x -> 9, 150-x -> 8, 200-x -> 10.
    await checkComposite(ctx, s, { connectorId, durationS: 350, installed }, '5.7');
    await noProfiles(ctx);
  },
});

/** OCTT 1.6 §2.22.1, Table 77: Central Smart Charging - TxDefaultProfile. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorOf } from '../_shared/states.cs.js';
import { chargingProfile, scSettings } from './steps.profiles.js';
import { checkComposite, noProfiles, PROFILE_IDS, setChargingProfile } from './steps.cs.js';

export const TC_056_CS = defineTestCase({
  id: 'TC_056_CS',
  title: 'Central Smart Charging - TxDefaultProfile',
  version: '1.6',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['3.13.2', '5.16', '5.7'],
  catches: ['charging-profile-rejected'],
  async run(ctx) {
    const s = scSettings(ctx);
    const connectorId = connectorOf(ctx);
    await noProfiles(ctx);
    // 1-2. SetChargingProfile.req: TxDefaultProfile, Absolute, limit 6 A (6000 W) from 0; status is Accepted.
    const profile = chargingProfile(s, {
      id: PROFILE_IDS.first, connectorId, purpose: 'TxDefaultProfile', stackLevel: s.stackLevel, duration: s.durationS,
      startSchedule: new Date().toISOString(), periods: [[0, 6]],
    });
    ctx.expect(await setChargingProfile(ctx, profile, '5.16'), '5.16: SetChargingProfile.conf status').to.equal('Accepted');
    // 3-4. GetCompositeSchedule.req; the .conf is Accepted and its schedule calculated accordingly.
    await checkComposite(ctx, s, { connectorId, durationS: s.durationS, installed: [profile] }, '5.7');
    await noProfiles(ctx);
  },
});

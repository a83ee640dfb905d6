/** OCTT 1.6 §2.22.1, Table 81: Central Smart Charging - TxDefaultProfile - with ongoing transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';
import { chargingProfile, scSettings } from './steps.profiles.js';
import { checkComposite, noProfiles, PROFILE_IDS, setChargingProfile } from './steps.cs.js';

export const TC_082_CS = defineTestCase({
  id: 'TC_082_CS',
  title: 'Central Smart Charging - TxDefaultProfile - with ongoing transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['3.13.2', '5.16', '5.7'],
  catches: ['charging-profile-rejected', 'tx-default-not-for-running'],
  async run(ctx) {
    const s = scSettings(ctx);
    await noProfiles(ctx);
    // Reusable State Charging.
    const tx = await energyTransferStarted(ctx);
    // 1-2. SetChargingProfile.req: TxDefaultProfile, limit 6 A (6000 W) from 0; Accepted.
    const profile = chargingProfile(s, {
      id: PROFILE_IDS.first, connectorId: tx.connectorId, purpose: 'TxDefaultProfile', stackLevel: s.stackLevel, duration: s.durationS,
      startSchedule: new Date().toISOString(), periods: [[0, 6]],
    });
    ctx.expect(await setChargingProfile(ctx, profile, '5.16'), '5.16: SetChargingProfile.conf status').to.equal('Accepted');
    // 3-4. GetCompositeSchedule.req; the ongoing transaction follows the default schedule.
    await checkComposite(ctx, s, {
      connectorId: tx.connectorId, durationS: s.durationS, installed: [profile],
      transaction: { transactionId: tx.transactionId, startMs: Date.parse(String(tx.call.payload.timestamp)) },
    }, '5.7');
    await noProfiles(ctx);
  },
});

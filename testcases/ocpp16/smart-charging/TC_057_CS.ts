/** OCTT 1.6 §2.22.1, Table 78: Central Smart Charging - TxProfile. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';
import { chargingProfile, scSettings } from './steps.profiles.js';
import { checkComposite, noProfiles, PROFILE_IDS, setChargingProfile } from './steps.cs.js';

export const TC_057_CS = defineTestCase({
  id: 'TC_057_CS',
  title: 'Central Smart Charging - TxProfile',
  version: '1.6',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['3.13.2', '5.16', '5.7'],
  catches: ['tx-profile-ignored'],
  async run(ctx) {
    const s = scSettings(ctx);
    await noProfiles(ctx);
    // Reusable State Charging.
    const tx = await energyTransferStarted(ctx);
    // 1-2. SetChargingProfile.req: TxProfile for the running transaction, limit 6 A (6000 W) from 0; Accepted.
    const profile = chargingProfile(s, {
      id: PROFILE_IDS.first, connectorId: tx.connectorId, purpose: 'TxProfile', stackLevel: s.stackLevel, duration: s.durationS,
      transactionId: tx.transactionId, startSchedule: new Date().toISOString(), periods: [[0, 6]],
    });
    ctx.expect(await setChargingProfile(ctx, profile, '5.16'), '5.16: SetChargingProfile.conf status').to.equal('Accepted');
    // 3-4. GetCompositeSchedule.req; the .conf follows the TxProfile.
    await checkComposite(ctx, s, {
      connectorId: tx.connectorId, durationS: s.durationS, installed: [profile],
      transaction: { transactionId: tx.transactionId, startMs: Date.parse(String(tx.call.payload.timestamp)) },
    }, '5.7');
    await noProfiles(ctx);
  },
});

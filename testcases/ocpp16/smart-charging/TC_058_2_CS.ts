/** OCTT 1.6 §2.22.1, Table 80: Central Smart Charging - Wrong transactionId. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, type Payload } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';
import { chargingProfile, payloadOf, scSettings } from './steps.profiles.js';
import { expectRefused, noProfiles, PROFILE_IDS } from './steps.cs.js';

export const TC_058_2_CS = defineTestCase({
  id: 'TC_058_2_CS',
  title: 'Central Smart Charging - Wrong transactionId',
  version: '1.6',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['5.16.3', '3.13.2'],
  catches: ['tx-profile-without-transaction'],
  async run(ctx) {
    const s = scSettings(ctx);
    await noProfiles(ctx);
    // Reusable State Charging.
    const tx = await energyTransferStarted(ctx);
    // 1. SetChargingProfile.req: TxProfile on the transaction's connector (> 0) with a transactionId that is not the running one.
    const profile = chargingProfile(s, {
      id: PROFILE_IDS.first, connectorId: tx.connectorId, purpose: 'TxProfile', stackLevel: s.stackLevel, duration: s.durationS,
      transactionId: tx.transactionId + 1000, startSchedule: new Date().toISOString(), periods: [[0, 6]],
    });
    // 2. SetChargingProfile.conf status is Rejected (no CallError alternative in this table).
    await expectRefused(ctx, 'SetChargingProfile', { connectorId: tx.connectorId, csChargingProfiles: payloadOf(profile) } as Payload, false, '5.16.3');
    await noProfiles(ctx);
  },
});

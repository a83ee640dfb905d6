/** OCTT 1.6 §2.22.1, Table 79: Central Smart Charging - No ongoing transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, type Payload } from '../../kit.js';
import { connectorOf, residue } from '../_shared/states.cs.js';
import { chargingProfile, payloadOf, scSettings } from './steps.profiles.js';
import { expectRefused, noProfiles, PROFILE_IDS } from './steps.cs.js';

export const TC_058_1_CS = defineTestCase({
  id: 'TC_058_1_CS',
  title: 'Central Smart Charging - No ongoing transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['5.16.3', '3.13.2'],
  catches: ['tx-profile-without-transaction'],
  async run(ctx) {
    const s = scSettings(ctx);
    const connectorId = connectorOf(ctx);
    await noProfiles(ctx);
    // 1. SetChargingProfile.req with a TxProfile for a transactionId while no transaction runs (the general preconditions leave none).
    const profile = chargingProfile(s, {
      id: PROFILE_IDS.first, connectorId, purpose: 'TxProfile', stackLevel: s.stackLevel, duration: s.durationS,
      transactionId: residue(ctx).nextTransactionId, startSchedule: new Date().toISOString(), periods: [[0, 6]],
    });
    // 2. SetChargingProfile.conf Rejected, or a CallError PropertyConstraintViolation.
    await expectRefused(ctx, 'SetChargingProfile', { connectorId, csChargingProfiles: payloadOf(profile) } as Payload, true, '5.16.3');
    await noProfiles(ctx);
  },
});

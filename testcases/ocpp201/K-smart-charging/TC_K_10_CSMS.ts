import { defineTestCase } from '../../kit.js';
import { expectSchedule, kSettings, present, profileHint, profileSent, same, verifier } from './steps.csms.js';
import { schedulesOf } from './steps.profile-rules.csms.js';

export const TC_K_10_CSMS = defineTestCase({
  id: 'TC_K_10_CSMS',
  title: 'Set Charging Profile - TxDefaultProfile - All EVSE',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Smart Charging', condition: 'SC-4' }, 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.31'],
  catches: ['profile-no-start-schedule'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    // Manual Action, 1-2. SetChargingProfileRequest (TxDefaultProfile for EVSE #0, 6 A); Accepted.
    const sent = await profileSent(ctx, profileHint(s, 0, { purpose: 'TxDefaultProfile', limitA: 6 }));
    const { profile } = sent;
    // Tool validations, step 1 (errata 2025-09, 6.3.15: validFrom/validTo not required).
    same(verify, sent.evseId, 0, 'Step 1: evseId', 'K01');
    same(verify, profile.stackLevel, s.stackLevel, 'Step 1: chargingProfile.stackLevel (<Configured stackLevel>)', 'K01');
    same(verify, profile.chargingProfilePurpose, 'TxDefaultProfile', 'Step 1: chargingProfile.chargingProfilePurpose', 'K01');
    same(verify, profile.chargingProfileKind, 'Absolute', 'Step 1: chargingProfile.chargingProfileKind', 'K01');
    present(verify, schedulesOf(profile)[0]?.startSchedule, 'Step 1: chargingSchedule.startSchedule', 'K01.FR.40');
    expectSchedule(verify, s, profile, 6, 'Step 1');
  },
});

import { defineTestCase } from '../../kit.js';
import { expectSchedule, kSettings, near, profileHint, profileSent, same, verifier } from './steps.csms.js';
import { schedulesOf } from './steps.profile-rules.csms.js';

export const TC_K_01_CSMS = defineTestCase({
  id: 'TC_K_01_CSMS',
  title: 'Set Charging Profile - TxDefaultProfile - Specific EVSE',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.31'],
  catches: ['profile-no-validity', 'profile-no-start-schedule'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    // Manual Action, 1-2. SetChargingProfileRequest (TxDefaultProfile for the configured EVSE, 6 A); Accepted.
    const sent = await profileSent(ctx, profileHint(s, s.evseId, { purpose: 'TxDefaultProfile', limitA: 6 }));
    const { profile } = sent;
    // Tool validations, step 1 (errata 2025-09, 6.3.13).
    same(verify, sent.evseId, s.evseId, 'Step 1: evseId (<Configured evseId>)', 'K01');
    same(verify, profile.stackLevel, s.stackLevel, 'Step 1: chargingProfile.stackLevel (<Configured stackLevel>)', 'K01');
    same(verify, profile.chargingProfilePurpose, 'TxDefaultProfile', 'Step 1: chargingProfile.chargingProfilePurpose', 'K01');
    same(verify, profile.chargingProfileKind, 'Absolute', 'Step 1: chargingProfile.chargingProfileKind', 'K01');
    near(verify, profile.validFrom, sent.t, s.deviationMs, 'Step 1: chargingProfile.validFrom (now)', 'K01.FR.36');
    near(verify, profile.validTo, sent.t + s.durationS * 1000, s.deviationMs, 'Step 1: chargingProfile.validTo (now + <Configured Charging Schedule Duration>)', 'K01.FR.37');
    near(verify, schedulesOf(profile)[0]?.startSchedule, sent.t, s.deviationMs, 'Step 1: chargingSchedule.startSchedule (now)', 'K01.FR.40');
    expectSchedule(verify, s, profile, 6, 'Step 1');
  },
});

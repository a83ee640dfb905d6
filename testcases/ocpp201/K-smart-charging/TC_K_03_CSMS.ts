import { defineTestCase } from '../../kit.js';
import { expectSchedule, kSettings, present, profileHint, profileSent, same, verifier } from './steps.csms.js';
import { schedulesOf } from './steps.profile-rules.csms.js';

export const TC_K_03_CSMS = defineTestCase({
  id: 'TC_K_03_CSMS',
  title: 'Set Charging Profile - ChargingStationMaxProfile',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.31', 'K01.FR.38'],
  catches: ['max-profile-relative', 'profile-no-start-schedule'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    // Manual Action, 1-2. SetChargingProfileRequest (ChargingStationMaxProfile, 8 A); Accepted.
    const sent = await profileSent(ctx, profileHint(s, 0, { purpose: 'ChargingStationMaxProfile', limitA: 8 }));
    const { profile } = sent;
    // Tool validations, step 1 (errata 2025-09, 6.3.14: kind Absolute, validFrom/validTo not required).
    same(verify, sent.evseId, 0, 'Step 1: evseId', 'K01');
    same(verify, profile.stackLevel, s.stackLevel, 'Step 1: chargingProfile.stackLevel (<Configured stackLevel>)', 'K01');
    same(verify, profile.chargingProfilePurpose, 'ChargingStationMaxProfile', 'Step 1: chargingProfile.chargingProfilePurpose', 'K01');
    same(verify, profile.chargingProfileKind, 'Absolute', 'Step 1: chargingProfile.chargingProfileKind', 'K01.FR.38');
    expectSchedule(verify, s, profile, 8, 'Step 1');
    present(verify, schedulesOf(profile)[0]?.startSchedule, 'Step 1: chargingSchedule.startSchedule', 'K01.FR.40');
  },
});

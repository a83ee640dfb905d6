import { defineTestCase } from '../../kit.js';
import { expectSchedule, kSettings, omitted, profileHint, profileSent, same, verifier } from './steps.csms.js';
import { schedulesOf } from './steps.profile-rules.csms.js';

export const TC_K_02_CSMS = defineTestCase({
  id: 'TC_K_02_CSMS',
  title: 'Set Charging Profile - TxProfile without ongoing transaction on the specified EVSE',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['K01', 'K01.FR.09', 'K01.FR.41'],
  catches: ['relative-profile-with-start-schedule'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    // Prerequisite: the CSMS sends a TxProfile while no transaction runs (an operator who cannot is INCONCLUSIVE).
    // Manual Action, 1-2. SetChargingProfileRequest (a Relative TxProfile, 7 A, the configured EVSE); Rejected (K01.FR.09).
    const sent = await profileSent(ctx, profileHint(s, s.evseId, { purpose: 'TxProfile', kind: 'Relative', limitA: 7 }), 'Rejected');
    const { profile } = sent;
    // Tool validations, step 1 (errata 2025-09, 6.3.13).
    same(verify, sent.evseId, s.evseId, 'Step 1: evseId (<Configured evseId>)', 'K01');
    same(verify, profile.chargingProfilePurpose, 'TxProfile', 'Step 1: chargingProfile.chargingProfilePurpose', 'K01');
    same(verify, profile.stackLevel, s.stackLevel, 'Step 1: chargingProfile.stackLevel (<Configured stackLevel>)', 'K01');
    same(verify, profile.chargingProfileKind, 'Relative', 'Step 1: chargingProfile.chargingProfileKind', 'K01');
    omitted(verify, schedulesOf(profile)[0]?.startSchedule, 'Step 1: chargingSchedule.startSchedule', 'K01.FR.41');
    expectSchedule(verify, s, profile, 7, 'Step 1', { duration: false });
  },
});

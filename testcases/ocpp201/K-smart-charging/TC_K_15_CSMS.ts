import { defineTestCase } from '../../kit.js';
import { csmsSendsAnswered, expectSchedule, kSettings, present, profileHint, same, verifier } from './steps.csms.js';
import { schedulesOf } from './steps.profile-rules.csms.js';
import type { Payload } from '../../kit.js';

export const TC_K_15_CSMS = defineTestCase({
  id: 'TC_K_15_CSMS',
  title: 'Set Charging Profile - Not Supported',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['K01', 'K01.FR.29'],
  catches: ['profile-no-start-schedule'],
  // Tool validations N/a (errata 2025-09, 6.3.16): what step 1 describes is checked as advisories.
  advises: ['profile-no-start-schedule'],
  async run(ctx) {
    const s = kSettings(ctx);
    const advise = verifier(ctx, false);
    // Manual Action, 1-2. SetChargingProfileRequest (TxDefaultProfile, the configured EVSE, 6 A); the OCTT answers CALLERROR NotSupported (K01.FR.29).
    const req = await csmsSendsAnswered(ctx, 'SetChargingProfile', (call) => { call.respondError('NotSupported', 'smart charging is not supported'); },
      { hint: profileHint(s, s.evseId, { purpose: 'TxDefaultProfile', limitA: 6 }), requirement: 'K01' });
    const profile = req.payload.chargingProfile as unknown as Payload;
    same(advise, req.payload.evseId, s.evseId, 'Step 1: evseId (<Configured evseId>)', 'K01');
    same(advise, profile.stackLevel, s.stackLevel, 'Step 1: chargingProfile.stackLevel (<Configured stackLevel>)', 'K01');
    same(advise, profile.chargingProfilePurpose, 'TxDefaultProfile', 'Step 1: chargingProfile.chargingProfilePurpose', 'K01');
    same(advise, profile.chargingProfileKind, 'Absolute', 'Step 1: chargingProfile.chargingProfileKind', 'K01');
    present(advise, schedulesOf(profile)[0]?.startSchedule, 'Step 1: chargingSchedule.startSchedule', 'K01.FR.40');
    expectSchedule(advise, s, profile, 6, 'Step 1');
  },
});

import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { expectPart2, kSettings, present, profileHint, profileSent, same, verifier } from './steps.csms.js';
import { schedulesOf } from './steps.profile-rules.csms.js';

export const TC_K_70_CSMS = defineTestCase({
  id: 'TC_K_70_CSMS',
  title: 'Set Charging Profile - Multiple Profiles',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['K01', 'K01.FR.05', 'K01.FR.38'],
  catches: ['profile-id-reused', 'max-profile-relative'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    // Before (errata 2025-09, 6.3.19): Charging State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // Manual Action, 1-2. SetChargingProfileRequest with a TxDefaultProfile; Accepted.
    const first = await profileSent(ctx, profileHint(s, s.evseId, { purpose: 'TxDefaultProfile', limitA: 6 }));
    // Tool validations, step 1 (errata 2025-09, 6.3.13).
    same(verify, first.profile.chargingProfilePurpose, 'TxDefaultProfile', 'Step 1: chargingProfile.chargingProfilePurpose', 'K01');
    const kind = first.profile.chargingProfileKind;
    verify(kind === 'Absolute' || kind === 'Recurring', `Step 1: chargingProfileKind Absolute or Recurring, got ${String(kind)}`, 'K01');
    present(verify, schedulesOf(first.profile)[0]?.startSchedule, 'Step 1: chargingSchedule.startSchedule', 'K01.FR.40');
    if (kind === 'Recurring') present(verify, first.profile.recurrencyKind, 'Step 1: recurrencyKind of a Recurring profile', 'K01');
    expectPart2(verify, first, 'set', 'Step 1');
    // Manual Action, 3-4. SetChargingProfileRequest with a ChargingStationMaxProfile; Accepted.
    const second = await profileSent(ctx, profileHint(s, 0, { purpose: 'ChargingStationMaxProfile', limitA: 6 }));
    // Tool validations, step 3.
    verify(second.profile.id !== first.profile.id, `Step 3: chargingProfile.id must differ from step 1's (${String(first.profile.id)})`, 'K01.FR.05');
    same(verify, second.profile.chargingProfilePurpose, 'ChargingStationMaxProfile', 'Step 3: chargingProfile.chargingProfilePurpose', 'K01');
    same(verify, second.profile.chargingProfileKind, 'Absolute', 'Step 3: chargingProfile.chargingProfileKind', 'K01.FR.38');
    present(verify, schedulesOf(second.profile)[0]?.startSchedule, 'Step 3: chargingSchedule.startSchedule', 'K01.FR.40');
    expectPart2(verify, second, 'set', 'Step 3');
  },
});

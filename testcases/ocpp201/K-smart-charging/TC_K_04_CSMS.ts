import { defineTestCase, type Payload } from '../../kit.js';
import { expectPart2, kSettings, present, profileHint, profileSent, same, verifier, type SentProfile, type Verify } from './steps.csms.js';
import { periodsOf, schedulesOf } from './steps.profile-rules.csms.js';

/** Tool validations of steps 1 and 3 (errata 2025-09, 6.3.13) for one profile with `limitA`. */
function expectProfile(verify: Verify, sent: SentProfile, limitA: number, scale: number, stackLevel: number, step: string): void {
  const { profile } = sent;
  const schedule = schedulesOf(profile)[0];
  const periods = periodsOf(schedule);
  same(verify, periods[0]?.startPeriod, 0, `${step}: chargingSchedulePeriod.startPeriod`, 'K01.FR.31');
  same(verify, periods[0]?.limit, limitA * scale, `${step}: chargingSchedulePeriod.limit (${limitA}.0 A or ${limitA * 1000}.0 W)`, 'K01');
  same(verify, periods.length, 1, `${step}: the chargingSchedule contains only one chargingSchedulePeriod`, 'K01');
  present(verify, schedule?.startSchedule, `${step}: chargingSchedule.startSchedule`, 'K01.FR.40');
  same(verify, profile.stackLevel, stackLevel, `${step}: chargingProfile.stackLevel (<Configured stackLevel>)`, 'K01');
  const purpose = profile.chargingProfilePurpose;
  const kind = profile.chargingProfileKind;
  verify(purpose === 'TxDefaultProfile' || purpose === 'ChargingStationMaxProfile', `${step}: chargingProfilePurpose TxDefaultProfile or ChargingStationMaxProfile, got ${String(purpose)}`, 'K01');
  if (purpose === 'TxDefaultProfile') verify(kind === 'Absolute' || kind === 'Recurring', `${step}: a TxDefaultProfile is Absolute or Recurring, got ${String(kind)}`, 'K01');
  if (purpose === 'ChargingStationMaxProfile') same(verify, kind, 'Absolute', `${step}: chargingProfileKind of a ChargingStationMaxProfile`, 'K01.FR.38');
  if (kind === 'Recurring') present(verify, profile.recurrencyKind, `${step}: recurrencyKind of a Recurring profile`, 'K01');
  else same(verify, profile.recurrencyKind, undefined, `${step}: recurrencyKind of a ${String(kind)} profile (omitted)`, 'K01');
  expectPart2(verify, sent, 'set', step);
}

export const TC_K_04_CSMS = defineTestCase({
  id: 'TC_K_04_CSMS',
  title: 'Replace charging profile - With chargingProfileId',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.05'],
  catches: ['replace-profile-new-id', 'profile-no-start-schedule'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    // Manual Action, 1-2. SetChargingProfileRequest with a limit of 8 A; Accepted.
    const first = await profileSent(ctx, profileHint(s, s.evseId, { purpose: 'TxDefaultProfile', limitA: 8 }));
    expectProfile(verify, first, 8, s.scale, s.stackLevel, 'Step 1');
    // Manual Action, 3-4. The same profile again (replacing it) with a limit of 6 A; Accepted.
    const id = typeof first.profile.id === 'number' ? first.profile.id : undefined;
    const hint: Payload = profileHint(s, s.evseId, { purpose: 'TxDefaultProfile', limitA: 6, ...(id !== undefined ? { id } : {}) });
    const second = await profileSent(ctx, hint);
    expectProfile(verify, second, 6, s.scale, s.stackLevel, 'Step 3');
    // Step 1/3: the same id, purpose and kind for both profiles.
    same(verify, second.profile.id, first.profile.id, 'Step 3: chargingProfile.id (the same id for both chargingProfiles)', 'K01.FR.05');
    same(verify, second.profile.chargingProfilePurpose, first.profile.chargingProfilePurpose, 'Step 3: chargingProfilePurpose (equal for both profiles)', 'K01');
    same(verify, second.profile.chargingProfileKind, first.profile.chargingProfileKind, 'Step 3: chargingProfileKind (equal for both profiles)', 'K01');
  },
});

import { defineTestCase } from '../../kit.js';
import { kSettings, profileHint, profileSent, same, verifier } from './steps.csms.js';
import { periodsOf, schedulesOf } from './steps.profile-rules.csms.js';

export const TC_K_19_CSMS = defineTestCase({
  id: 'TC_K_19_CSMS',
  title: 'Set Charging Profile - ChargingProfileKind is Recurring',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01'],
  catches: ['recurring-no-recurrency-kind'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    // Manual Action, 1-2. SetChargingProfileRequest (a Recurring TxDefaultProfile for the configured EVSE); Accepted.
    const sent = await profileSent(ctx, profileHint(s, s.evseId, { purpose: 'TxDefaultProfile', kind: 'Recurring', recurrencyKind: s.recurrency, limitA: 6 }));
    const { profile } = sent;
    // Tool validations, step 1.
    same(verify, sent.evseId, s.evseId, 'Step 1: evseId (<Configured evseId>)', 'K01');
    same(verify, profile.stackLevel, s.stackLevel, 'Step 1: chargingProfile.stackLevel (<Configured stackLevel>)', 'K01');
    same(verify, profile.chargingProfilePurpose, 'TxDefaultProfile', 'Step 1: chargingProfile.chargingProfilePurpose', 'K01');
    same(verify, periodsOf(schedulesOf(profile)[0])[0]?.startPeriod, 0, 'Step 1: chargingSchedulePeriod.startPeriod', 'K01.FR.31');
    same(verify, profile.chargingProfileKind, 'Recurring', 'Step 1: chargingProfile.chargingProfileKind', 'K01');
    same(verify, profile.recurrencyKind, s.recurrency, 'Step 1: chargingProfile.recurrencyKind (<Configured recurrencyKind>)', 'K01');
  },
});

import { defineTestCase } from '../../kit.js';
import { chargingSession } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { expectKindAndStart, expectPart2, kSettings, profileHint, profileSent, same, verifier } from './steps.csms.js';

export const TC_K_60_CSMS = defineTestCase({
  id: 'TC_K_60_CSMS',
  title: 'Set Charging Profile - TxProfile with ongoing transaction on the specified EVSE',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.03', 'K01.FR.31'],
  catches: ['tx-profile-no-transaction'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const transactionId = chargingSession(ctx).tx?.transactionId;
    // Manual Action, 1-2. SetChargingProfileRequest (TxProfile for the transaction on the configured EVSE); Accepted.
    const sent = await profileSent(ctx, profileHint(s, s.evseId, { purpose: 'TxProfile', limitA: 6 }), 'Accepted', 'K01.FR.03');
    // Tool validations, step 1 (errata 2025-09, 6.3.13).
    same(verify, sent.profile.chargingProfilePurpose, 'TxProfile', 'Step 1: chargingProfile.chargingProfilePurpose', 'K01');
    same(verify, sent.evseId, s.evseId, 'Step 1: evseId (<Configured evseId>)', 'K01.FR.16');
    same(verify, sent.profile.transactionId, transactionId, 'Step 1: chargingProfile.transactionId (<Generated transactionId>)', 'K01.FR.03');
    expectKindAndStart(verify, sent.profile, 'Step 1');
    expectPart2(verify, sent, 'set', 'Step 1');
  },
});

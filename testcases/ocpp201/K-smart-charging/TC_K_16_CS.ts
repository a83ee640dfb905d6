/** Part 6 Table 268, TC_K_16_CS: Set Charging Profile - Unknown transactionId. */
import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { setChargingProfile, smartChargingCase, UNKNOWN_TRANSACTION_ID } from './steps.cs.js';

export const TC_K_16_CS = defineTestCase({
  id: 'TC_K_16_CS',
  title: 'Set Charging Profile - Unknown transactionId',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.33'],
  catches: ['sc-tx-profile-without-transaction'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Charging State: EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. TxProfile on <Configured evseId> with transactionId UNKNOWN-TRANSACTION-ID: Rejected.
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxProfile', duration: s.durationS, transactionId: UNKNOWN_TRANSACTION_ID });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.33'), 'K01.FR.33: SetChargingProfileResponse status').to.equal('Rejected');
    });
  },
});

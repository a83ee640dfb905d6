/** Part 6 Table 254, TC_K_02_CS: Set Charging Profile - TxProfile without ongoing transaction on the specified EVSE. */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { setChargingProfile, smartChargingCase, UNKNOWN_TRANSACTION_ID } from './steps.cs.js';

export const TC_K_02_CS = defineTestCase({
  id: 'TC_K_02_CS',
  title: 'Set Charging Profile - TxProfile without ongoing transaction on the specified EVSE',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.04', 'K01.FR.07', 'K01.FR.09'],
  catches: ['sc-tx-profile-without-transaction'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // 1-2. TxProfile on <Configured evseId>, transactionId UNKNOWN-TRANSACTION-ID, no transaction: Rejected.
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxProfile', duration: s.durationS, transactionId: UNKNOWN_TRANSACTION_ID });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.09'), 'K01.FR.09: SetChargingProfileResponse status').to.equal('Rejected');
    });
  },
});

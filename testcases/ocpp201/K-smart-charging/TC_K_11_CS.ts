/** Part 6 Table 263, TC_K_11_CS: Set Charging Profile - Unable to set TxProfile on all EVSE at once. */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_11_CS = defineTestCase({
  id: 'TC_K_11_CS',
  title: 'Set Charging Profile - Unable to set TxProfile on all EVSE at once',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.04', 'K01.FR.16'],
  catches: ['sc-tx-profile-on-evse-0'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // 1-2. A TxProfile for evseId 0: Rejected.
      const profile = chargingProfile(s, { id: s.profileId, evseId: 0, purpose: 'TxProfile', duration: s.durationS });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.16'), 'K01.FR.16: SetChargingProfileResponse status').to.equal('Rejected');
    });
  },
});

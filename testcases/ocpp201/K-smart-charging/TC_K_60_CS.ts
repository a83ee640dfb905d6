/** Part 6 Table 283, TC_K_60_CS: Set Charging Profile - TxProfile with ongoing transaction on the specified EVSE. Errata 2025-09 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { chargingProfile, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { expectReported, getChargingProfiles, setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_60_CS = defineTestCase({
  id: 'TC_K_60_CS',
  title: 'Set Charging Profile - TxProfile with ongoing transaction on the specified EVSE',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.04', 'K01.FR.07', 'K01.FR.15'],
  catches: ['sc-relative-rejected', 'sc-tx-profile-not-applied'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async (session) => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. TxProfile, Relative, transactionId of the transaction, on <Configured evseId>, limit 6 / 6000: Accepted.
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxProfile', kind: 'Relative', transactionId: session.transactionId ?? '' });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.04'), 'K01.FR.04: SetChargingProfileResponse status').to.equal('Accepted');
      // 3-6. GetChargingProfilesRequest for that id: Accepted, the profile set at step 1 reported.
      const got = await getChargingProfiles(ctx, { chargingProfile: { chargingProfileId: [profile.id] } }, 'K01.FR.04');
      ctx.expect(got.status, 'K01.FR.04: GetChargingProfilesResponse status').to.equal('Accepted');
      expectReported(ctx, got, profile, 'K01.FR.04');
    });
  },
});

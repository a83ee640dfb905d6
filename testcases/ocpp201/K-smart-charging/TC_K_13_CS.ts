/** Part 6 Table 265, TC_K_13_CS: Set Charging Profile - Persistent over reboot. Errata 2025-09 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { booted } from '../_shared/states.cs.js';
import { chargingProfile, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { expectReported, expectRequestId, getChargingProfiles, setChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_13_CS = defineTestCase({
  id: 'TC_K_13_CS',
  title: 'Set Charging Profile - Persistent over reboot',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K01', 'K01.FR.27', 'K09.FR.01'],
  catches: ['sc-profiles-lost-on-reboot'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // 1-2. TxDefaultProfile on <Configured evseId>, <Configured chargingProfileId>, <Configured duration>, limit 6 / 6000: Accepted.
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', duration: s.durationS });
      ctx.expect(await setChargingProfile(ctx, profile, 'K01.FR.27'), 'K01.FR.27: SetChargingProfileResponse status').to.equal('Accepted');
      // 3. Execute Reusable State Booted.
      await booted(ctx);
      // 4-7. GetChargingProfilesRequest for <Configured chargingProfileId>: Accepted; reported on <Configured evseId>, as sent in step 1.
      const got = await getChargingProfiles(ctx, { chargingProfile: { chargingProfileId: [profile.id] } }, 'K01.FR.27');
      ctx.expect(got.status, 'K01.FR.27: GetChargingProfilesResponse status after the reboot').to.equal('Accepted');
      expectRequestId(ctx, got, 'K09.FR.01');
      expectReported(ctx, got, profile, 'K01.FR.27');
    });
  },
});

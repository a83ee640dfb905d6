/** Part 6 Table 260, TC_K_08_CS: Clear Charging Profile - Without previous charging profile. */
import { defineTestCase } from '../../kit.js';
import { sc201 } from './steps.profiles.cs.js';
import { clearChargingProfile, smartChargingCase } from './steps.cs.js';

export const TC_K_08_CS = defineTestCase({
  id: 'TC_K_08_CS',
  title: 'Clear Charging Profile - Without previous charging profile',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K10', 'K10.FR.01'],
  catches: ['sc-clear-unknown-accepted'],
  async run(ctx) {
    const s = sc201(ctx);
    // The case frame clears what earlier cases left: no charging profile is installed.
    await smartChargingCase(ctx, async () => {
      // 1-2. ClearChargingProfileRequest with <Generated chargingProfileId>: Unknown.
      const status = await clearChargingProfile(ctx, { chargingProfileId: s.profileId + 7 }, 'K10.FR.01');
      ctx.expect(status, 'K10.FR.01: ClearChargingProfileResponse status').to.equal('Unknown');
    });
  },
});

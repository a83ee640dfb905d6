/** Part 6 Table 258, TC_K_06_CS: Clear Charging Profile - With stackLevel/purpose combination for one profile. */
import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { clearChargingProfile, getChargingProfiles, memoryState, smartChargingCase } from './steps.cs.js';

export const TC_K_06_CS = defineTestCase({
  id: 'TC_K_06_CS',
  title: 'Clear Charging Profile - With stackLevel/purpose combination for one profile',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K10', 'K10.FR.04'],
  catches: ['sc-clear-by-criteria-ignored'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Memory State: a profile of <Configured chargingProfilePurpose> at <Configured stackLevel>; Charging State EnergyTransferStarted.
      // A ChargingStationMaxProfile is the station's (evseId 0), a TxDefaultProfile the configured EVSE's.
      const evseId = s.purpose === 'ChargingStationMaxProfile' ? 0 : s.evseId;
      await memoryState(ctx, [chargingProfile(s, { id: s.profileId, evseId, purpose: s.purpose, duration: s.durationS })]);
      await energyTransferStarted(ctx);
      const criteria = { chargingProfilePurpose: s.purpose, stackLevel: s.stackLevel };
      // 1-2. ClearChargingProfileRequest by purpose and stackLevel: Accepted.
      ctx.expect(await clearChargingProfile(ctx, { chargingProfileCriteria: criteria }, 'K10.FR.04'), 'K10.FR.04: ClearChargingProfileResponse status').to.equal('Accepted');
      // 3-4. GetChargingProfilesRequest with the same purpose and stackLevel: NoProfiles.
      const got = await getChargingProfiles(ctx, { chargingProfile: criteria }, 'K10.FR.04');
      ctx.expect(got.status, 'K10.FR.04: GetChargingProfilesResponse status').to.equal('NoProfiles');
    });
  },
});

/** Part 6 Table 281, TC_K_35_CS: Get Charging Profile - EvseId > 0 + chargingProfilePurpose. Errata 2025-09 6.2.70 (Charging State EnergyTransferStarted) applied. */
import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { maxAndDefault, sc201 } from './steps.profiles.cs.js';
import { expectNotReported, expectReported, expectRequestId, getChargingProfiles, memoryState, smartChargingCase } from './steps.cs.js';

export const TC_K_35_CS = defineTestCase({
  id: 'TC_K_35_CS',
  title: 'Get Charging Profile - EvseId > 0 + chargingProfilePurpose',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K09', 'K09.FR.01', 'K09.FR.02', 'K09.FR.04'],
  catches: ['sc-report-wrong-request-id'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Memory State: <Generated Id1> ChargingStationMaxProfile on the station, <Generated Id2> TxDefaultProfile on <Configured evseId>.
      const { max, txDefault } = maxAndDefault(s);
      await memoryState(ctx, [max, txDefault]);
      // Charging State: State is EnergyTransferStarted (errata 2025-09 6.2.70).
      await energyTransferStarted(ctx);
      // 1-4. GetChargingProfilesRequest with evseId <Configured evseId> and <Configured chargingProfilePurpose>: Id2 is reported.
      // The validation expects the TxDefaultProfile of the Memory State on that EVSE: only that purpose can meet it.
      const got = await getChargingProfiles(ctx, { evseId: s.evseId, chargingProfile: { chargingProfilePurpose: 'TxDefaultProfile' } }, 'K09.FR.02');
      ctx.expect(got.status, 'K09: GetChargingProfilesResponse status').to.equal('Accepted');
      expectRequestId(ctx, got, 'K09.FR.01');
      expectReported(ctx, got, txDefault, 'K09.FR.04');
      expectNotReported(ctx, got, [max], 'K09.FR.04');
    });
  },
});

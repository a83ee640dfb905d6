/** Part 6 Table 284, TC_K_37_CS: Remote start transaction with charging profile - Success. Errata 2025-09 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { chargingProfile, payloadOf, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { expectReported, getChargingProfiles, smartChargingCase, trackProfile } from './steps.cs.js';

export const TC_K_37_CS = defineTestCase({
  id: 'TC_K_37_CS',
  title: 'Remote start transaction with charging profile - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['K05', 'K05.FR.03', 'E01.FR.02', 'F01.FR.10', 'F01.FR.13'],
  catches: ['sc-remote-start-profile-dropped'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 1-6. RequestStartTransactionRequest with the configured idToken and EVSE and a Relative TxProfile without
      // transactionId (limit 6 / 6000); Authorize when due, TransactionEvent RemoteStart with remoteStartId (the Authorized state, B).
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxProfile', kind: 'Relative' });
      trackProfile(ctx, profile.id);
      await authorized(ctx, { mode: 'remote', chargingProfile: payloadOf(profile) });
      // 7. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 8-11. GetChargingProfilesRequest for that id: Accepted, the profile of step 1 reported.
      const got = await getChargingProfiles(ctx, { chargingProfile: { chargingProfileId: [profile.id] } }, 'F01.FR.10');
      ctx.expect(got.status, 'F01.FR.10: GetChargingProfilesResponse status').to.equal('Accepted');
      expectReported(ctx, got, profile, 'F01.FR.10');
    });
  },
});

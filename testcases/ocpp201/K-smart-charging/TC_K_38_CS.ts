/** Part 6 Table 285, TC_K_38_CS: Remote start transaction with charging profile - Ignore chargingProfile. Errata 2025-09 6.2.69 applied (limits x <limit multiplier>). */
import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { chargingProfile, payloadOf, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';

export const TC_K_38_CS = defineTestCase({
  id: 'TC_K_38_CS',
  title: 'Remote start transaction with charging profile - Ignore chargingProfile',
  version: '2.0.1',
  sut: 'CS',
  // Prerequisite: the Charging Station does NOT support Smart Charging (Part 5: Core, conditional).
  profiles: [{ profile: 'Core', condition: 'not Smart Charging' }],
  covers: ['F01', 'F01.FR.12', 'F01.FR.13'],
  catches: ['sc-unsupported-remote-start-rejected'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await transactionCase(ctx, {}, async () => {
      // Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 1-6. RequestStartTransactionRequest with the configured idToken and EVSE and a Relative TxProfile without transactionId
      // (limit 6 / 6000): Accepted (with the transactionId of a running transaction), Authorize when due, TransactionEvent
      // RemoteStart with remoteStartId (the Authorized state, remote mode, checks steps 2, 3 and 5).
      const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxProfile', kind: 'Relative' });
      await authorized(ctx, { mode: 'remote', chargingProfile: payloadOf(profile) });
      // 7. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

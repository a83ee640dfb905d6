/**
 * Part 6 Table 296, TC_K_58_CS: Renegotiating a Charging Schedule - Initiated by CSMS. Errata 2025-09 6.2.81 (2025-02):
 * Before the EV connected (EVConnectedPreSession), authorized (Authorized (local) / Authorized15118 with EIM),
 * RenegotiateChargingLimits (errata 6.2.119) and so EnergyTransferStarted (the state's step 7 reports Charging); the
 * errata's list repeats EVConnectedPreSession: one session, connected once. Errata 6.2.69: limit 8 x <limit multiplier>.
 */
import { defineTestCase } from '../../kit.js';
import { byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { smartChargingCase } from './steps.cs.js';
import { evChargingSchedule, evTxProfile, iso15118Session, rateChanged, renegotiateChargingLimits, setEvTxProfile } from './steps.iso15118.cs.js';

export const TC_K_58_CS = defineTestCase({
  id: 'TC_K_58_CS',
  title: 'Renegotiating a Charging Schedule - Initiated by CSMS',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['K17', 'K17.FR.09', 'K17.FR.10'],
  catches: ['iso-ev-wrong-evse'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // Before: State is EVConnectedPreSession, Authorized (local), RenegotiateChargingLimits (then EnergyTransferStarted).
      const { transactionId } = await iso15118Session(ctx, s);
      await renegotiateChargingLimits(ctx, s, transactionId);
      // 1-2. SetChargingProfileRequest: TxProfile for the transaction, limit 8 x <limit multiplier>: Accepted. (The tool
      // validations of Part 6 name steps 1, 4, 5 and 7 as TC_K_57_CS does; this case's steps are 2, 3 and 5.)
      await setEvTxProfile(ctx, evTxProfile(s, transactionId, 8 * s.scale), 'K17.FR.09');
      // 3-4 (optional). NotifyEVChargingScheduleRequest, evseId <Configured evseId>.
      await evChargingSchedule(ctx, s, 'K17.FR.10');
      // 5-6 (optional). TransactionEventRequest with triggerReason ChargingRateChanged ("when it was charging above 8 x <limit multiplier>").
      await rateChanged(ctx, 'K17.FR.10');
    });
  },
});

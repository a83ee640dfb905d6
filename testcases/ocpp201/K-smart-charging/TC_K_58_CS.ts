/** Part 6 Table 296, TC_K_58_CS: Renegotiating a Charging Schedule - Initiated by CSMS. */
import { defineTestCase } from '../../kit.js';
import { sc201 } from './steps.profiles.cs.js';
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
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Before: State is Authorized (local), EVConnectedPreSession, RenegotiateChargingLimits.
      const transactionId = await iso15118Session(ctx);
      await renegotiateChargingLimits(ctx, s, transactionId);
      // 1-2. SetChargingProfileRequest: TxProfile for the transaction, limit 8 / 8000: Accepted. (The tool validations of
      // Part 6 name steps 1, 4, 5 and 7 as TC_K_57_CS does; this case's steps are 2, 3 and 5.)
      await setEvTxProfile(ctx, evTxProfile(s, transactionId, 8), 'K17.FR.09');
      // 3-4 (optional). NotifyEVChargingScheduleRequest, evseId <Configured evseId>.
      await evChargingSchedule(ctx, s, 'K17.FR.10');
      // 5-6 (optional). TransactionEventRequest with triggerReason ChargingRateChanged ("when it was charging above 8 / 8000").
      await rateChanged(ctx, 'K17.FR.10');
    });
  },
});

/**
 * Part 6 Table 295, TC_K_57_CS: Renegotiating a Charging Schedule - Initiated by EV. Errata 2025-09 6.2.79 (2025-02):
 * Before EVConnectedPreSession, then Authorized (local), then RenegotiateChargingLimits (errata 6.2.119: its step 7
 * TransactionEvent reports Charging with ChargingStateChanged).
 */
import { defineTestCase } from '../../kit.js';
import { sc201 } from './steps.profiles.cs.js';
import { smartChargingCase } from './steps.cs.js';
import { evChargingNeeds, evChargingSchedule, evTxProfile, iso15118Session, rateChanged, renegotiateChargingLimits, setEvTxProfile } from './steps.iso15118.cs.js';

export const TC_K_57_CS = defineTestCase({
  id: 'TC_K_57_CS',
  title: 'Renegotiating a Charging Schedule - Initiated by EV',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['K17', 'K17.FR.01', 'K17.FR.06', 'K17.FR.09', 'K17.FR.10'],
  catches: ['iso-ev-wrong-evse', 'iso-ev-renegotiation-dropped'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Before: State is EVConnectedPreSession, Authorized (local), RenegotiateChargingLimits.
      const { transactionId } = await iso15118Session(ctx, s);
      await renegotiateChargingLimits(ctx, s, transactionId);
      // 1-2. The EV renegotiates: NotifyEVChargingNeedsRequest, evseId <Configured evseId>, answered Accepted.
      await evChargingNeeds(ctx, s, 'K17.FR.01');
      // 3-4. SetChargingProfileRequest: TxProfile for the transaction, limit 15 (x1000 in W: this case is not in errata 6.2.69): Accepted.
      await setEvTxProfile(ctx, evTxProfile(s, transactionId, 15 * s.scale), 'K17.FR.09');
      // 5-6 (optional). NotifyEVChargingScheduleRequest, evseId <Configured evseId>.
      await evChargingSchedule(ctx, s, 'K17.FR.10');
      // 7-8 (optional). TransactionEventRequest with triggerReason ChargingRateChanged.
      await rateChanged(ctx, 'K17.FR.10');
    });
  },
});

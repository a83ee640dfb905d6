/**
 * Part 6 Table 292, TC_K_53_CS: Charging with load leveling based on High Level Communication - Success, as errata
 * 2025-09 6.2.76 (2025-04) gives it: Before EVConnectedPreSession and Authorized (local) (the EV connected first, as
 * 6.2.77-6.2.79 order the other K15 cases), main step 1 Authorized15118, the EV's needs Accepted (step 2: AC or DC
 * parameters), the TxProfile of 6 x <limit multiplier> (errata 6.2.69) Accepted, the EV's schedule within it (step 6)
 * and the TransactionEventRequest reporting Charging (step 8).
 */
import { advisory, adviseUnless, defineTestCase, type Payload } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { sc201 } from './steps.profiles.cs.js';
import { smartChargingCase } from './steps.cs.js';
import { evTxProfile, iso15118Session, setEvTxProfile } from './steps.iso15118.cs.js';
import { chargingStarted, evGivesNeeds, expectCharging } from './steps.iso15118-needs.cs.js';

export const TC_K_53_CS = defineTestCase({
  id: 'TC_K_53_CS',
  title: 'Charging with load leveling based on High Level Communication - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['K15', 'K15.FR.01', 'K15.FR.06', 'K15.FR.09', 'K15.FR.10'],
  catches: ['iso-ev-schedule-beyond-profile', 'iso-ev-needs-no-parameters', 'iso-ev-wrong-evse'],
  // The errata's validations name no evseId: a wrong one is only advised.
  advises: ['iso-ev-wrong-evse'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Before: State is EVConnectedPreSession; 1. Execute Reusable State Authorized15118 (EIM: Authorized (local)).
      const { transactionId, authorizedEvent } = await iso15118Session(ctx, s);
      // Step 1 validation: the TransactionEventRequest of Authorized15118 step 3.
      if (authorizedEvent) {
        ctx.expect(authorizedEvent.eventType, 'E01.FR.10: Authorized15118 step 3 TransactionEventRequest eventType').to.be.oneOf(['Updated', 'Started']);
        ctx.expect(authorizedEvent.triggerReason, 'E01.FR.15: Authorized15118 step 3 TransactionEventRequest triggerReason').to.equal('Authorized');
      }
      // 2-3. NotifyEVChargingNeedsRequest (the EV gives its needs), answered Accepted.
      const needs = ctx.sut.expectCall('NotifyEVChargingNeeds', { requirement: 'K15.FR.01', describe: 'from the EV' });
      const acting = evGivesNeeds(ctx, s);
      const call = await needs;
      if (!call.answered) call.respond({ status: 'Accepted' });
      await acting;
      const n = (call.payload.chargingNeeds ?? {}) as unknown as Payload;
      ctx.expect(n.acChargingParameters !== undefined || n.dcChargingParameters !== undefined,
        'K15.FR.06: NotifyEVChargingNeedsRequest chargingNeeds.acChargingParameters or dcChargingParameters not omitted').to.equal(true);
      adviseUnless(ctx, call.payload.evseId === s.evseId, `NotifyEVChargingNeedsRequest evseId ${String(call.payload.evseId)}, not the EVSE of the EV (${s.evseId})`, 'K15.FR.01');
      // 6 and 8 may come in either order once the TxProfile is set: both armed before step 4.
      const schedule = ctx.sut.expectCall('NotifyEVChargingSchedule', { requirement: 'K15.FR.10', describe: '(the EV\'s schedule within the TxProfile)', timeoutMs: ctx.ics.timeouts.messageMs * 2 });
      const charging = later(chargingStarted(ctx, 'K15.FR.09', ctx.ics.timeouts.messageMs * 2));
      // 4-5. SetChargingProfileRequest: TxProfile for the transaction, startPeriod 0, limit 6 x <limit multiplier>: Accepted.
      const bound = 6 * s.multiplier;
      await setEvTxProfile(ctx, evTxProfile(s, transactionId, bound), 'K15.FR.07');
      // 6-7. NotifyEVChargingScheduleRequest, answered Accepted: its chargingSchedule within the bounds of step 4.
      const sent = await schedule;
      if (!sent.answered) sent.respond({ status: 'Accepted' });
      adviseUnless(ctx, sent.payload.evseId === s.evseId, `NotifyEVChargingScheduleRequest evseId ${String(sent.payload.evseId)}, not the EVSE of the EV (${s.evseId})`, 'K15.FR.10');
      const sched = (sent.payload.chargingSchedule ?? {}) as { chargingRateUnit?: string; chargingSchedulePeriod?: Array<{ limit?: number }> };
      if (sched.chargingRateUnit === s.unit) {
        const highest = Math.max(...(sched.chargingSchedulePeriod ?? []).map((p) => Number(p.limit)));
        ctx.expect(highest, `K15.FR.09: NotifyEVChargingScheduleRequest chargingSchedule limits within the TxProfile of step 4 (at most ${bound} ${s.unit})`).to.be.at.most(bound);
      } else {
        advisory(ctx, `NotifyEVChargingScheduleRequest chargingSchedule in ${String(sched.chargingRateUnit)}, the TxProfile in ${s.unit}: its bounds were not compared`, 'K15.FR.09');
      }
      // Execute Reusable State EnergyTransferStarted; 8-9. TransactionEventRequest: ChargingStateChanged, Charging.
      expectCharging(ctx, await charging, 'K15.FR.09');
    });
  },
});

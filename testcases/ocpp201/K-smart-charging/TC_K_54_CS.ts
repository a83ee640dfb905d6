/**
 * Part 6 Table 293, TC_K_54_CS: Charging with load leveling based on High Level Communication - No SASchedule (rejected).
 * Errata 2025-02 6.2.77: Before EVConnectedPreSession, then Authorized (local); main step 1 Authorized15118, then the steps
 * of Table 293 (numbered here as the table numbers them).
 */
import { defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { sc201 } from './steps.profiles.cs.js';
import { smartChargingCase } from './steps.cs.js';
import { chargingStarted, evGivesNeeds, evHoldingNeeds, evScheduleIfAny, expectCharging } from './steps.iso15118-needs.cs.js';

export const TC_K_54_CS = defineTestCase({
  id: 'TC_K_54_CS',
  title: 'Charging with load leveling based on High Level Communication - No SASchedule (rejected)',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['K15', 'K17', 'K15.FR.01', 'K17.FR.04'],
  catches: ['iso-ev-wrong-evse', 'iso-ev-rejected-needs-no-energy'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Before: State is EVConnectedPreSession, State is Authorized (local) (errata: Authorized15118, EIM); the EV holds its needs.
      await evHoldingNeeds(ctx, s);
      // 1-2. The EV gives its charging needs: NotifyEVChargingNeedsRequest, answered Rejected.
      const needs = ctx.sut.expectCall('NotifyEVChargingNeeds', { requirement: 'K15.FR.01', describe: 'from the EV' });
      const acting = evGivesNeeds(ctx, s);
      const call = await needs;
      if (!call.answered) call.respond({ status: 'Rejected' });
      await acting;
      ctx.expect(call.payload.evseId, 'K15.FR.01: NotifyEVChargingNeedsRequest evseId').to.equal(s.evseId);
      // 3-4 (optional: only when the EV returns a charging profile). NotifyEVChargingScheduleRequest, answered Accepted.
      const schedule = evScheduleIfAny(ctx, ctx.ics.timeouts.messageMs * 2);
      // 5-6. TransactionEventRequest: the EV charges although the CSMS gave no schedule.
      const charging = later(chargingStarted(ctx, 'K17.FR.04'));
      expectCharging(ctx, await charging, 'K17.FR.04');
      const sent = await schedule;
      if (sent) ctx.expect(sent.payload.evseId, 'K15.FR.10: NotifyEVChargingScheduleRequest evseId').to.equal(s.evseId);
    });
  },
});

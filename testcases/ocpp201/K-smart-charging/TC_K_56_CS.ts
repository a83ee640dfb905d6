/**
 * Part 6 Table 294, TC_K_56_CS: Charging with load leveling based on High Level Communication - Offline. Errata
 * 2025-02 6.2.78 (EVConnectedPreSession before Authorized (local)) and 2024-09 6.2.80 (step 3 validates the EV's
 * schedule against the TxDefaultProfile: chargingRateUnit, startPeriod 0, limit at most 8 x <limit multiplier>); 6.2.69 applied
 * (limits x <limit multiplier>).
 */
import { defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';
import { chargingProfile, byLimitMultiplier, sc201 } from './steps.profiles.cs.js';
import { memoryState, smartChargingCase } from './steps.cs.js';
import { chargingStarted, evGivesNeeds, evHoldingNeeds, evScheduleIfAny, expectCharging, goOffline, goOnline } from './steps.iso15118-needs.cs.js';

export const TC_K_56_CS = defineTestCase({
  id: 'TC_K_56_CS',
  title: 'Charging with load leveling based on High Level Communication - Offline',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['K15', 'K17', 'K15.FR.15', 'K17.FR.15'],
  catches: ['iso-ev-offline-default-ignored'],
  async run(ctx) {
    const s = byLimitMultiplier(sc201(ctx));
    // Configuration State: RetryBackOffWaitMinimum is <Configured RetryBackOffWaitMinimum>.
    const configuration = [{ component: 'OCPPCommCtrlr', variable: 'RetryBackOffWaitMinimum', value: String(configured(ctx, 'retryBackOffWaitMinimum')) }];
    await smartChargingCase(ctx, async () => {
      // Memory State: TxDefaultProfile, Absolute, stackLevel 0, valid from now - deviation to now + deviation + 401 s, 400 s at 6 A / 6000 W.
      const now = Date.now();
      const at = (seconds: number) => new Date(now + seconds * 1000).toISOString();
      await memoryState(ctx, [chargingProfile(s, {
        id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile', kind: 'Absolute', stackLevel: 0, duration: 400, periods: [[0, 6]],
        validFrom: at(-s.deviationS), validTo: at(s.deviationS + 401), startSchedule: at(-s.deviationS),
      })]);
      // Before: State is EVConnectedPreSession, State is Authorized (local); the EV holds its needs.
      await evHoldingNeeds(ctx, s);
      // 1. The OCTT closes the WebSocket connection AND does not accept a reconnect; meanwhile the EV gives its needs
      // (the station uses the TxDefaultProfile for its schedule, K15.FR.15).
      await goOffline(ctx);
      await evGivesNeeds(ctx, s);
      // 2. The OCTT accepts the reconnection attempt from the Charging Station, after 90 seconds.
      await ctx.specifiedWait(configured(ctx, 'iso15118OfflineWaitMs'), 'Part 6 TC_K_56_CS step 2: 90 seconds offline (configured iso15118OfflineWaitMs)');
      const schedule = evScheduleIfAny(ctx, ctx.ics.timeouts.messageMs * 4);
      // Armed before the reconnection (the queue may come at once); the reconnection itself may take a few back-off waits.
      const charging = later(chargingStarted(ctx, 'K15.FR.15', ctx.ics.timeouts.messageMs * 4));
      await goOnline(ctx);
      // 5-6. TransactionEventRequest: ChargingStateChanged, Charging, offline true.
      const p = await charging;
      expectCharging(ctx, p, 'K15.FR.15');
      ctx.expect(p.offline, 'K15.FR.15: TransactionEventRequest offline').to.equal(true);
      // 3-4 (optional; before or after step 5). NotifyEVChargingScheduleRequest within the TxDefaultProfile.
      const sent = await schedule;
      if (!sent) return;
      const sched = (sent.payload.chargingSchedule ?? {}) as { chargingRateUnit?: string; chargingSchedulePeriod?: Array<{ startPeriod?: number; limit?: number }> };
      const first = sched.chargingSchedulePeriod?.[0];
      ctx.expect(sent.payload.evseId, 'K15.FR.10: NotifyEVChargingScheduleRequest evseId').to.equal(s.evseId);
      ctx.expect(sched.chargingRateUnit, 'K15.FR.15: NotifyEVChargingScheduleRequest chargingSchedule.chargingRateUnit').to.equal(s.unit);
      ctx.expect(first?.startPeriod, 'K15.FR.15: NotifyEVChargingScheduleRequest chargingSchedule.chargingSchedulePeriod[0].startPeriod').to.equal(0);
      ctx.expect(first?.limit, `K15.FR.15: NotifyEVChargingScheduleRequest chargingSchedule.chargingSchedulePeriod[0].limit (at most ${8 * s.scale}: within the TxDefaultProfile)`)
        .to.be.at.most(8 * s.scale);
    }, configuration);
  },
});

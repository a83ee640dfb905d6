import { defineTestCase } from '../../kit.js';
import { txInfo } from '../_shared/charging-session.cs.js';
import { core } from './steps.cs.js';
import { cachedTokenInvalidOnline, checkChargingOffline, checkQueued } from './steps.invalid-id.cs.js';

// C12 with E05 / C15 (Part 6 Table 77): StopTxOnInvalidId false and MaxEnergyOnInvalidId 10.000: the idToken the CSMS
// calls Invalid may still draw that much energy, so the station neither deauthorizes nor suspends meanwhile.
export const TC_C_15_CS = defineTestCase({
  id: 'TC_C_15_CS',
  title: 'Authorization through authorization cache - StopTxOnInvalidId = false, MaxEnergyOnInvalidId > 0',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49 and C-03 and (C-30 or C-31 or C-32 or C-34)')], // errata 2025-09 5.11
  covers: ['C12', 'C12.FR.02', 'C12.FR.04', 'E05.FR.03', 'C15.FR.07'],
  catches: ['max-energy-on-invalid-id-ignored', 'offline-flag-missing'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Before: StopTxOnInvalidId false, MaxEnergyOnInvalidId 10.000 (the prerequisite: implemented), the rest as the other cache cases.
    await cachedTokenInvalidOnline(ctx, { stopTxOnInvalidId: false, maxEnergy: { value: 10_000, optional: false }, wait: 'transactionDurationMs' }, async (run) => {
      // 3-4. The station empties its queue; the message with the idToken is answered Invalid.
      await run.answeredInvalid;
      // Tool validations step 3: no message with triggerReason Deauthorized, or ChargingStateChanged with SuspendedEVSE
      // (the OCTT watches for <Configured message timeout> after its answer).
      const stopped = (p: { triggerReason?: unknown; transactionInfo?: unknown }) => p.triggerReason === 'Deauthorized'
        || (p.triggerReason === 'ChargingStateChanged' && (p.transactionInfo as { chargingState?: unknown } | undefined)?.chargingState === 'SuspendedEVSE');
      await sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs, {
        since: run.onlineAt, requirement: 'E05.FR.03 / C15.FR.07 (MaxEnergyOnInvalidId not reached)', describe: 'with triggerReason Deauthorized or chargingState SuspendedEVSE', filter: stopped,
      });
      const sent = run.sent();
      expect(sent.filter((p) => stopped({ triggerReason: p.triggerReason, transactionInfo: txInfo(p) })).length,
        'E05.FR.03: TransactionEventRequests with triggerReason Deauthorized or ChargingStateChanged/SuspendedEVSE').to.equal(0);
      checkQueued(ctx, sent, run.token, false);
      checkChargingOffline(ctx, sent);
      // Post scenario validation (energy only up to MaxEnergyOnInvalidId) is the operator's to observe; the cleanup stops the transaction.
    });
  },
});

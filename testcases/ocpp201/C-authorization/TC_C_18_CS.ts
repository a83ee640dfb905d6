import { defineTestCase } from '../../kit.js';
import { core } from './steps.cs.js';
import { cachedTokenInvalidOnline, checkChargingOffline, checkQueued } from './steps.invalid-id.cs.js';

// C12 with E05 / C15 (Part 6 Table 80): StopTxOnInvalidId true outranks MaxEnergyOnInvalidId 500: the station
// deauthorizes the idToken the CSMS calls Invalid.
export const TC_C_18_CS = defineTestCase({
  id: 'TC_C_18_CS',
  title: 'Authorization through authorization cache - StopTxOnInvalidId = true, MaxEnergyOnInvalidId > 0',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49 and C-03 and (C-30 or C-31 or C-32 or C-34)')], // errata 2025-09 5.11
  covers: ['C12', 'C12.FR.02', 'C12.FR.04', 'E05.FR.09', 'E05.FR.10', 'C15.FR.03', 'C15.FR.04'],
  catches: ['max-energy-overrides-stop-tx', 'stop-tx-on-invalid-id-ignored', 'offline-flag-missing'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Before: StopTxOnInvalidId true, MaxEnergyOnInvalidId 500 (the prerequisite: implemented).
    await cachedTokenInvalidOnline(ctx, { stopTxOnInvalidId: true, maxEnergy: { value: 500, optional: false }, wait: 'transactionDurationMs' }, async (run) => {
      const deauthorized = sut.expectCall('TransactionEvent', { requirement: 'E05.FR.09 / E05.FR.10 (StopTxOnInvalidId true)', describe: '(Deauthorized)', filter: (p) => p.triggerReason === 'Deauthorized' });
      await run.answeredInvalid;
      // 5-6. TransactionEventRequest with triggerReason Deauthorized, answered at once.
      const d = await deauthorized;
      if (!d.answered) d.respond(d.payload.idToken ? { idTokenInfo: { status: 'Invalid' } } : {});
      const sent = run.sent();
      const queued = sent.slice(0, sent.indexOf(d.payload));
      // Tool validations step 3: the optional Authorized message, offline; a ChargingStateChanged one, offline.
      checkQueued(ctx, queued, run.token, false);
      checkChargingOffline(ctx, queued);
      // Step 5: Deauthorized, offline false (sent after the reconnection).
      expect(d.payload.offline ?? false, 'E05.FR.09: TransactionEventRequest Deauthorized offline').to.equal(false);
      Object.assign(run.s, d.payload.eventType === 'Ended' ? { authorized: false, ended: true, state: 'EVConnectedPostSession' } : { authorized: false, state: 'EVConnectedPostSession' });
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { txInfo } from '../_shared/charging-session.cs.js';
import { core } from './steps.cs.js';
import { cachedTokenInvalidOnline, checkQueued } from './steps.invalid-id.cs.js';

// C12 with E05 / C15 (Part 6 Table 79): StopTxOnInvalidId false, MaxEnergyOnInvalidId 0: the station stops the energy
// of the idToken the CSMS calls Invalid (SuspendedEVSE) without deauthorizing it.
export const TC_C_17_CS = defineTestCase({
  id: 'TC_C_17_CS',
  title: 'Authorization through authorization cache - StopTxOnInvalidId = false',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49 and (C-30 or C-31 or C-32 or C-34)')], // errata 2025-09 5.11
  covers: ['C12', 'C12.FR.02', 'C12.FR.04', 'E05.FR.02', 'C15.FR.06'],
  catches: ['invalid-id-energy-not-stopped', 'offline-flag-missing'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Before: StopTxOnInvalidId false, MaxEnergyOnInvalidId 0 (C-03: If implemented).
    await cachedTokenInvalidOnline(ctx, { stopTxOnInvalidId: false, maxEnergy: { value: 0, optional: true }, wait: 'offlineDurationMs' }, async (run) => {
      // 3-4. The queued messages; the one with the idToken answered Invalid. 5-6. The station reports SuspendedEVSE.
      await run.answeredInvalid;
      const suspended = await sut.expectCall('TransactionEvent', {
        requirement: 'E05.FR.02 / C15.FR.06', describe: '(chargingState SuspendedEVSE)', filter: (p) => txInfo(p).chargingState === 'SuspendedEVSE',
      });
      if (!suspended.answered) suspended.respond({});
      const sent = run.sent();
      // Tool validations: a message with triggerReason Authorized, the idToken, offline true; one with chargingState
      // SuspendedEVSE; none with triggerReason SuspendedEVSE (no such trigger reason).
      checkQueued(ctx, sent, run.token, true);
      expect(sent.filter((p) => p.triggerReason === 'SuspendedEVSE').length, 'E05.FR.02: TransactionEventRequests with triggerReason SuspendedEVSE').to.equal(0);
      // The transaction goes on without energy (authorized): the cleanup stops it.
    });
  },
});

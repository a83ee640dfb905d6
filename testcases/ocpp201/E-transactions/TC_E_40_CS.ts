import { defineTestCase } from '../../kit.js';
import { configuredMs, transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { goOffline, goOnline, meterValuesFlow, queuedEvents, sampledData } from './steps.cs.js';

// --- offline behaviour (E08, E11, E12) ---------------------------------------------------------------

export const TC_E_40_CS = defineTestCase({
  id: 'TC_E_40_CS',
  title: 'Offline Behaviour - Connection loss during transaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E11', 'E11.FR.01', 'E11.FR.02', 'E11.FR.06'],
  catches: ['offline-tx-dropped', 'offline-flag-missing', 'tx-no-meter-values'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: sampledData(ctx) }, async () => {
      // Before: Reusable State EnergyTransferStarted (and meter values come).
      await energyTransferStarted(ctx);
      await meterValuesFlow(ctx);
      // 1. The OCTT closes the WebSocket connection and does not accept a reconnect.
      await goOffline(ctx);
      // 2. The OCTT waits <Configured RetryBackOffWaitMinimum_duration> before accepting the reconnect.
      await ctx.specifiedWait(configuredMs(ctx, 'offlineDurationMs'), 'Configured RetryBackOffWaitMinimum_duration');
      await goOnline(ctx);
      // 3-4. All queued messages: Updated, with meter values, offline = true.
      for (const p of await queuedEvents(ctx, 'E11.FR.02')) {
        expect(p.eventType, 'E11.FR.01: queued TransactionEventRequest eventType').to.equal('Updated');
        expect((p.meterValue as unknown[] | undefined)?.length ?? 0, 'E11.FR.01: queued TransactionEventRequest meterValue').to.be.greaterThan(0);
      }
    });
  },
});

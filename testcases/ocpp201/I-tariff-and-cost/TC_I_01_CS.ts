import { CaseInconclusive, defineTestCase } from '../../kit.js';
import { configuredCost2, runningCostCase } from './steps.cs.js';

// I02 Show EV Driver running total cost during charging (Part 6 Table 240).
export const TC_I_01_CS = defineTestCase({
  id: 'TC_I_01_CS',
  title: 'Show EV Driver running total cost during charging - costUpdatedRequest',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['I02', 'I02.FR.02', 'C01.FR.02', 'E01.FR.10'],
  catches: ['cost-updated-not-implemented', 'tx-no-idtoken'],
  async run(ctx) {
    // Before: EVConnectedPreSession; 1-7 as in the steps helper (Authorize and TransactionEvent validated there).
    await runningCostCase(ctx, async (s) => {
      if (s.transactionId === undefined) throw new CaseInconclusive('no transactionId known after EnergyTransferStarted');
      // 8-9. CostUpdatedRequest with totalCost <Configured Cost2> and the transactionId: the station responds (I02.FR.02).
      await ctx.sut.call('CostUpdated', { totalCost: configuredCost2(ctx), transactionId: s.transactionId }, { requirement: 'I02.FR.02' });
    });
  },
});

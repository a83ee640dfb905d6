import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.cs.js';
import { configuredCost2, runningCostCase } from './steps.cs.js';

// I02 Show EV Driver running total cost during charging (Part 6 Table 242).
export const TC_I_07_CS = defineTestCase({
  id: 'TC_I_07_CS',
  title: 'Show EV Driver running total cost during charging - transactionResponse',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['I02', 'I02.FR.04', 'C01.FR.02', 'E01.FR.10'],
  catches: ['tx-no-idtoken'],
  async run(ctx) {
    // Before: EVConnectedPreSession; 1-7 as in the steps helper (Authorize and TransactionEvent validated there).
    await runningCostCase(ctx, async () => {
      // 8-9. The running cost <Configured Cost2> in the response to the next TransactionEventRequest (I02.FR.04).
      await transactionEvent(ctx, { describe: '(running, total cost given)', periodic: true, respondWith: { totalCost: configuredCost2(ctx) } });
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { core, expectEnded, txStopPoint } from './steps.cs.js';

export const TC_E_07_CS = defineTestCase({
  id: 'TC_E_07_CS',
  title: 'Stop transaction options - PowerPathClosed - Local stop',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.3 and (C-52 or NOT C-10.2) and (C-30 or C-31 or C-32 or C-35)')],
  covers: ['E06(S5)', 'E06.FR.06', 'E06.FR.15'],
  catches: ['local-stop-wrong-trigger', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStopPoint('PowerPathClosed')] }, async () => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // Manual Action: Present IdToken to stop charging session. 1. Execute Reusable State StopAuthorized.
      const p = await stopAuthorized(ctx, { mode: 'local' });
      // The power path opens: the transaction ends.
      expectEnded(ctx, p, 'E06.FR.06');
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, stopAuthorized } from '../_shared/transaction-states.cs.js';

export const TC_F_08_CS = defineTestCase({
  id: 'TC_F_08_CS',
  title: 'Remote stop transaction - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['F03', 'F03.FR.02', 'F03.FR.03', 'F03.FR.07', 'F03.FR.09'],
  catches: ['remote-stop-wrong-reason', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, {}, async () => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1. Execute Reusable State StopAuthorized (remote).
      await stopAuthorized(ctx, { mode: 'remote' });
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { transactionIdOf, transactionStatus } from './steps.cs.js';

export const TC_E_30_CS = defineTestCase({
  id: 'TC_E_30_CS',
  title: 'Check Transaction status - Transaction with id ongoing - without message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.02', 'E14.FR.05'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. GetTransactionStatus for the transaction: ongoing, nothing queued.
      await transactionStatus(ctx, transactionIdOf(s), { ongoing: true, queued: false }, { ongoing: 'E14.FR.02', queued: 'E14.FR.05' });
    });
  },
});

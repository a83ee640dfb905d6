import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, parkingBayUnoccupied } from '../_shared/transaction-states.cs.js';
import { transactionIdOf, transactionStatus } from './steps.cs.js';

export const TC_E_32_CS = defineTestCase({
  id: 'TC_E_32_CS',
  title: 'Check Transaction status - Transaction with id ended - without message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.03', 'E14.FR.05'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Before: Reusable States EnergyTransferStarted, ParkingBayUnoccupied.
      await energyTransferStarted(ctx);
      await parkingBayUnoccupied(ctx);
      // 1-2. GetTransactionStatus for the ended transaction: not ongoing, nothing queued.
      await transactionStatus(ctx, transactionIdOf(s), { ongoing: false, queued: false }, { ongoing: 'E14.FR.03', queued: 'E14.FR.05' });
    });
  },
});

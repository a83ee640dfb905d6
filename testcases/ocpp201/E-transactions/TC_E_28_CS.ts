import { defineTestCase } from '../../kit.js';
import { transactionStatus } from './steps.cs.js';

export const TC_E_28_CS = defineTestCase({
  id: 'TC_E_28_CS',
  title: 'Check Transaction status - TransactionId unknown',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.01'],
  catches: ['transaction-status-wrong-ongoing', 'transaction-status-wrong-queue'],
  async run(ctx) {
    // 1-2. GetTransactionStatus for a random transactionId: not ongoing, nothing queued.
    await transactionStatus(ctx, `unknown-${Math.floor(Math.random() * 1e9)}`, { ongoing: false, queued: false }, { ongoing: 'E14.FR.01', queued: 'E14.FR.01' });
  },
});

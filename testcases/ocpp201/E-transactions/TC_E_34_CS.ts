import { defineTestCase } from '../../kit.js';
import { transactionStatus } from './steps.cs.js';

export const TC_E_34_CS = defineTestCase({
  id: 'TC_E_34_CS',
  title: 'Check Transaction status - Without transactionId - without message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.06', 'E14.FR.08'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing'],
  async run(ctx) {
    // 1-2. GetTransactionStatus without a transactionId: no ongoingIndicator, nothing queued.
    await transactionStatus(ctx, undefined, { queued: false }, { ongoing: 'E14.FR.06', queued: 'E14.FR.08' });
  },
});

/** OCTT 1.6 §2.14.5, Table 43: Offline Stop Transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { expectStatus, goOffline, goOnline, messageMs, presentTag } from '../_shared/states.cs.js';
import { energyTransferStarted, expectStopTransaction } from '../_shared/transactions.cs.js';

export const TC_038_CS = defineTestCase({
  id: 'TC_038_CS',
  title: 'Offline Stop Transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.7', '4.10', '4.9'],
  catches: ['offline-tx-dropped'],
  async run(ctx) {
    // 1. A charging session.
    const tx = await energyTransferStarted(ctx);
    // 2. Offline: the driver presents the same idTag; the transaction stops locally.
    await goOffline(ctx);
    await presentTag(ctx, tx.idTag);
    // 3. The connection is back: StatusNotification.req Finishing and the queued StopTransaction.req (3.7).
    const finishing = expectStatus(ctx, 'Finishing', { timeoutMs: messageMs(ctx) * 2 });
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'Local', requirement: '3.7', timeoutMs: messageMs(ctx) * 2 });
    await goOnline(ctx);
    await finishing;
    await stop;
  },
});

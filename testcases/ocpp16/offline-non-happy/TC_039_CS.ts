/** OCTT 1.6 §2.14.6, Table 44: Offline Transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { goOnline, messageMs, presentTag } from '../_shared/states.cs.js';
import { expectStartTransaction, idTagInfo, transactionEnded } from '../_shared/transactions.cs.js';
import { startOffline, validOffline } from './steps.cs.js';

export const TC_039_CS = defineTestCase({
  id: 'TC_039_CS',
  title: 'Offline Transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.7', '4.8', '4.10'],
  catches: ['offline-tx-dropped'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const idTag = await validOffline(ctx);
    // 1. Offline: a whole transaction, started and stopped with the idTag.
    await startOffline(ctx, idTag);
    await presentTag(ctx, idTag);
    // 2. The connection is back: the queued StartTransaction.req (answered with a transactionId), then StopTransaction.req
    //    carrying that transactionId (3.7: in chronological order).
    const start = expectStartTransaction(ctx, idTag, idTagInfo(), { requirement: '3.7', timeoutMs: messageMs(ctx) * 2 });
    const stop = sut.expectCall('StopTransaction', { requirement: '3.7', timeoutMs: messageMs(ctx) * 2 });
    await goOnline(ctx);
    const tx = await start;
    const call = await stop;
    call.respond({ idTagInfo: idTagInfo() });
    transactionEnded(ctx, tx.transactionId);
    expect(call.payload.transactionId, '4.10: StopTransaction.req transactionId (the one StartTransaction.conf gave)').to.equal(tx.transactionId);
  },
});

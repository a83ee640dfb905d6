/** OCTT 1.6 §2.3.1, Table 6: Stop transaction - IdTag in StopTransaction matches IdTag in StartTransaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { expectStatus, messageMs, pending, presentTag } from '../_shared/states.cs.js';
import { energyTransferStarted, expectStopTransaction } from '../_shared/transactions.cs.js';

export const TC_068_CS = defineTestCase({
  id: 'TC_068_CS',
  title: 'Stop transaction - IdTag in StopTransaction matches IdTag in StartTransaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.1', '4.10'],
  catches: ['stop-authorizes-same-tag'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1. A charging session started with idTag A.
    const tx = await energyTransferStarted(ctx);
    // 2. Idtag A is presented again: StopTransaction.req without Authorize.req (4.1: Authorize only for a different identifier).
    const noAuthorize = pending(sut.expectNoCall('Authorize', messageMs(ctx), { requirement: '4.1', describe: 'the idTag is the one that started the transaction' }));
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'Local' });
    const finishing = expectStatus(ctx, 'Finishing');
    await presentTag(ctx, tx.idTag);
    const call = await stop;
    if (call.payload.idTag !== undefined) expect(call.payload.idTag, '4.10: StopTransaction.req idTag').to.equal(tx.idTag);
    // 3. StatusNotification.req Finishing.
    await finishing;
    await noAuthorize;
  },
});

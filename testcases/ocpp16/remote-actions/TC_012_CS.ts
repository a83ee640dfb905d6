/** OCTT 1.6 §2.5.4, Table 16: Remote Stop Charging Session. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { expectStatus } from '../_shared/states.cs.js';
import { energyTransferStarted, expectStopTransaction } from '../_shared/transactions.cs.js';

export const TC_012_CS = defineTestCase({
  id: 'TC_012_CS',
  title: 'Remote Stop Charging Session',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.12', '4.10'],
  catches: ['stop-reason-local'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1. A charging session.
    const tx = await energyTransferStarted(ctx);
    // 2. RemoteStopTransaction.req with its transactionId: Accepted.
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'Remote', requirement: '5.12' });
    const finishing = expectStatus(ctx, 'Finishing');
    const res = await sut.call('RemoteStopTransaction', { transactionId: tx.transactionId }, { requirement: '5.12' });
    expect(res.status, '5.12: RemoteStopTransaction.conf status').to.equal('Accepted');
    // 3. StopTransaction.req reason Remote; StatusNotification.req Finishing (the cable is still in).
    await stop;
    await finishing;
  },
});

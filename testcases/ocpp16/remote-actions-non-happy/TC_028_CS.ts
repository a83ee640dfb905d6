/** OCTT 1.6 §2.11.3, Table 33: Remote Stop Transaction – Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { messageMs, pending } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';

export const TC_028_CS = defineTestCase({
  id: 'TC_028_CS',
  title: 'Remote Stop Transaction – Rejected',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.12'],
  catches: ['remote-stop-ignores-id'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1. A charging session.
    const tx = await energyTransferStarted(ctx);
    // 2. RemoteStopTransaction.req with a transactionId the charge point does not have: Rejected (5.12).
    const noStop = pending(sut.expectNoCall('StopTransaction', messageMs(ctx), { requirement: '5.12', describe: 'the transactionId was unknown' }));
    const res = await sut.call('RemoteStopTransaction', { transactionId: tx.transactionId + 1000 }, { requirement: '5.12' });
    expect(res.status, '5.12: RemoteStopTransaction.conf status for an unknown transactionId').to.equal('Rejected');
    // 3. The transaction goes on.
    await noStop;
  },
});

import { defineTestCase } from '../../kit.js';
import { charging, csmsSends, refusalTaken } from '../_shared/states.csms.js';

export const TC_028_CSMS = defineTestCase({
  id: 'TC_028_CSMS',
  title: 'Remote Stop Transaction - Rejected',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.12'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried', 'request-stop-wrong-transaction'],
  async run(ctx) {
    // Before: Reusable State Charging.
    const tx = await charging(ctx);
    // 1-2. RemoteStopTransaction.req; the Charge Point rejects it, as it does for a transactionId it does not know.
    const req = await csmsSends(ctx, 'RemoteStopTransaction', () => ({ status: 'Rejected' }), { hint: { transactionId: tx.transactionId }, requirement: '5.12' });
    ctx.expect(req.payload.transactionId, '5.12: RemoteStopTransaction.req transactionId (the transaction the operator asked to stop)').to.equal(tx.transactionId);
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'RemoteStopTransaction', '5.12');
  },
});

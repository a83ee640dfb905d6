/** OCTT 1.6 §3.9.2, Table 141: Remote Stop Transaction – Rejected. The table validates no field of the request; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { charging, csmsSends, refusalTaken } from '../_shared/states.csms.js';

export const TC_028_CSMS = defineTestCase({
  id: 'TC_028_CSMS',
  title: 'Remote Stop Transaction – Rejected',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.12'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried'],
  async run(ctx) {
    // Before: Reusable State Charging.
    const tx = await charging(ctx);
    // 1. RemoteStopTransaction.req for a transactionId the Charge Point does not know (the operator is offered one);
    // 2. RemoteStopTransaction.conf Rejected. Whichever transactionId the Central System sends, the answer is Rejected.
    const unknown = tx.transactionId + 1_000_000;
    const req = await csmsSends(ctx, 'RemoteStopTransaction', () => ({ status: 'Rejected' as const }), { hint: { transactionId: unknown }, requirement: '5.12' });
    ctx.log(`RemoteStopTransaction.req transactionId ${String(req.payload.transactionId)}${req.payload.transactionId === tx.transactionId ? ' (the running transaction)' : ' (not the running transaction)'}`);
    // 1.3 post-condition "a stable active connection", 1.2 "messages as in the scenario": no repeat, no disconnect.
    await refusalTaken(ctx, 'RemoteStopTransaction', '5.12');
  },
});

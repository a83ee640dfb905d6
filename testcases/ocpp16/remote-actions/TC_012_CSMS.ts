/** OCTT 1.6 §3.4.4, Table 127: Remote Stop Charging Session. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { charging, connectorId, csmsSends, statusNotification, stopTransaction } from '../_shared/states.csms.js';

export const TC_012_CSMS = defineTestCase({
  id: 'TC_012_CSMS',
  title: 'Remote Stop Charging Session',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.12', '4.10'],
  catches: ['request-stop-wrong-transaction', 'tx-stop-only-local'],
  async run(ctx) {
    const { expect } = ctx;
    // Before: Reusable State Charging.
    const tx = await charging(ctx);
    // 1-2. The Central System sends RemoteStopTransaction.req for the running transaction; the Charge Point accepts.
    const req = await csmsSends(ctx, 'RemoteStopTransaction', () => ({ status: 'Accepted' as const }), { hint: { transactionId: tx.transactionId }, requirement: '5.12' });
    expect(req.payload.transactionId, '5.12: RemoteStopTransaction.req transactionId (the running transaction)').to.equal(tx.transactionId);
    // 3-4. StopTransaction.req with reason Remote.
    await stopTransaction(ctx, 'Remote');
    // 5-6. StatusNotification.req Finishing.
    await statusNotification(ctx, connectorId(ctx), 'Finishing');
    // [EV driver unplugs the cable.] 7-8. StatusNotification.req Available.
    await statusNotification(ctx, connectorId(ctx), 'Available');
  },
});

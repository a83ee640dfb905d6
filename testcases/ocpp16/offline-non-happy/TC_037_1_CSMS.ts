/** OCTT 1.6 §3.12.1, Table 145: Offline Start Transaction - Valid IdTag. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId, goOffline, goOnline, idTagStatus, startTransaction, statusNotification } from '../_shared/states.csms.js';

export const TC_037_1_CSMS = defineTestCase({
  id: 'TC_037_1_CSMS',
  title: 'Offline Start Transaction - Valid IdTag',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['3.7', '4.8'],
  catches: ['tx-rejects-queued', 'tx-start-rejected'],
  async run(ctx) {
    // [Remove connectivity.] [EV driver starts a transaction offline with a valid idTag.] [Restore connectivity.]
    const startedAt = await goOffline(ctx);
    await goOnline(ctx);
    // 1-2. The queued StartTransaction.req (timestamp: while offline); idTagInfo.status is Accepted.
    const res = await startTransaction(ctx, { timestamp: startedAt.toISOString() });
    ctx.expect(idTagStatus(res), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Accepted');
    // 3-4. StatusNotification.req Charging.
    await statusNotification(ctx, connectorId(ctx), 'Charging');
  },
});

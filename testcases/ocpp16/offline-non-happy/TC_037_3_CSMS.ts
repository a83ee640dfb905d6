/** OCTT 1.6 §3.12.2, Table 146: Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = true. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, idTokenFor } from '../../kit.js';
import { connectorId, goOffline, goOnline, idTagStatus, startTransaction, statusNotification, stopTransaction } from '../_shared/states.csms.js';

export const TC_037_3_CSMS = defineTestCase({
  id: 'TC_037_3_CSMS',
  title: 'Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = true',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['3.7', '4.8', '4.10'],
  catches: ['tx-start-unverified', 'tx-rejects-queued', 'tx-stop-only-local'],
  async run(ctx) {
    const invalid = idTokenFor(ctx, 'invalid');
    // [Remove connectivity.] [EV driver starts a transaction offline with an invalid idTag.] [Restore connectivity.]
    const startedAt = await goOffline(ctx);
    await goOnline(ctx);
    // 1-2. The queued StartTransaction.req; the Central System MUST verify the idTag itself (4.8): Invalid.
    const res = await startTransaction(ctx, { idTag: invalid.idToken, timestamp: startedAt.toISOString() });
    ctx.expect(idTagStatus(res), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Invalid');
    // 3-4. StatusNotification.req Charging.
    await statusNotification(ctx, connectorId(ctx), 'Charging');
    // 5-6. StopTransaction.req with reason DeAuthorized (StopTransactionOnInvalidId = true).
    await stopTransaction(ctx, 'DeAuthorized', { withIdTag: false });
    // 7-8. StatusNotification.req Finishing.
    await statusNotification(ctx, connectorId(ctx), 'Finishing');
  },
});

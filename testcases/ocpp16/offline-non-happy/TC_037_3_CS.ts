/** OCTT 1.6 §2.14.4, Table 42: Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = true. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { expectStatus, goOnline, messageMs } from '../_shared/states.cs.js';
import { expectStartTransaction, expectStopTransaction, idTagInfo } from '../_shared/transactions.cs.js';
import { startOffline, unknownOffline } from './steps.cs.js';

export const TC_037_3_CS = defineTestCase({
  id: 'TC_037_3_CS',
  title: 'Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = true',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.5.4', '9.1.24', '4.10'],
  catches: ['start-tx-invalid-ignored', 'stop-reason-local'],
  async run(ctx) {
    const idTag = await unknownOffline(ctx, true);
    // 1. Offline: the cable is plugged in, an unknown idTag presented; the transaction starts (3.5.4).
    await startOffline(ctx, idTag);
    // 2. The connection is back: StartTransaction.req, answered Invalid.
    const start = expectStartTransaction(ctx, idTag, idTagInfo('Invalid'), { requirement: '3.5.4', timeoutMs: messageMs(ctx) * 2 });
    await goOnline(ctx);
    const tx = await start;
    // 3. StopTransactionOnInvalidId is true: StopTransaction.req reason DeAuthorized (3.5.4); StatusNotification.req Finishing.
    const finishing = expectStatus(ctx, ['Finishing', 'Available']);
    await expectStopTransaction(ctx, tx.transactionId, { reason: 'DeAuthorized', requirement: '3.5.4' });
    await finishing;
  },
});

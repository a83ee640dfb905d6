/** OCTT 1.6 §2.14.2, Table 40: Offline Start Transaction - Valid IdTag. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { expectStatus, goOnline, messageMs } from '../_shared/states.cs.js';
import { expectStartTransaction, idTagInfo } from '../_shared/transactions.cs.js';
import { startOffline, validOffline } from './steps.cs.js';

export const TC_037_1_CS = defineTestCase({
  id: 'TC_037_1_CS',
  title: 'Offline Start Transaction - Valid IdTag',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.5', '3.7', '4.9'],
  catches: ['offline-tx-dropped'],
  async run(ctx) {
    const idTag = await validOffline(ctx);
    // 1. Offline: the cable is plugged in and the idTag presented; the transaction starts locally.
    await startOffline(ctx, idTag);
    // 2. The connection is back: StatusNotification.req Charging (changed while offline, 4.9) and the queued StartTransaction.req.
    const charging = expectStatus(ctx, 'Charging', { timeoutMs: messageMs(ctx) * 2 });
    const start = expectStartTransaction(ctx, idTag, idTagInfo(), { requirement: '3.7', timeoutMs: messageMs(ctx) * 2 });
    await goOnline(ctx);
    await charging;
    await start;
  },
});

/** OCTT 1.6 §2.14.3, Table 41: Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = false. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { expectStatus, goOnline, messageMs, pending } from '../_shared/states.cs.js';
import { expectStartTransaction, idTagInfo } from '../_shared/transactions.cs.js';
import { startOffline, unknownOffline } from './steps.cs.js';

export const TC_037_2_CS = defineTestCase({
  id: 'TC_037_2_CS',
  title: 'Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = false',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.5.4', '9.1.24', '4.9'],
  catches: ['start-tx-invalid-ignored', 'offline-tx-dropped'],
  async run(ctx) {
    const { sut } = ctx;
    const idTag = await unknownOffline(ctx, false);
    // 1. Offline: the cable is plugged in, an unknown idTag presented; the transaction starts (3.5.4).
    await startOffline(ctx, idTag);
    // 2. The connection is back: StartTransaction.req, answered Invalid.
    const start = expectStartTransaction(ctx, idTag, idTagInfo('Invalid'), { requirement: '3.5.4', timeoutMs: messageMs(ctx) * 2 });
    await goOnline(ctx);
    await start;
    // 3. StopTransactionOnInvalidId is false: only the energy stops (SuspendedEVSE, 4.9 C5); the transaction goes on.
    const suspended = expectStatus(ctx, 'SuspendedEVSE', { requirement: '9.1.24' });
    const noStop = pending(sut.expectNoCall('StopTransaction', messageMs(ctx), { requirement: '9.1.24', describe: 'StopTransactionOnInvalidId is false' }));
    await suspended;
    await noStop;
  },
});

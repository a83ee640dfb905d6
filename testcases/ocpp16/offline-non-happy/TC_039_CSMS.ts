/** OCTT 1.6 §3.12.3, Table 147: Offline Transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { goOffline, goOnline, idTagStatus, startTransaction, stopTransaction } from '../_shared/states.csms.js';

export const TC_039_CSMS = defineTestCase({
  id: 'TC_039_CSMS',
  title: 'Offline Transaction',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['3.7', '4.8', '4.10'],
  catches: ['tx-rejects-queued', 'tx-start-rejected'],
  async run(ctx) {
    // [Remove connectivity.] [EV driver starts and stops a transaction offline, unplugs the cable.] [Restore connectivity.]
    const startedAt = await goOffline(ctx);
    const stoppedAt = new Date();
    await goOnline(ctx);
    // 1-2. The queued StartTransaction.req; idTagInfo.status is Accepted.
    const res = await startTransaction(ctx, { timestamp: startedAt.toISOString() });
    ctx.expect(idTagStatus(res), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Accepted');
    // 3-4. The queued StopTransaction.req with reason Local.
    await stopTransaction(ctx, 'Local', { timestamp: stoppedAt.toISOString() });
  },
});

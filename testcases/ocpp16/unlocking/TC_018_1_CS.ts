/** OCTT 1.6 §2.7.3, Table 23: Unlock Connector - With Charging Session (Not fixed cable). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { expectStatus } from '../_shared/states.cs.js';
import { energyTransferStarted, expectStopTransaction } from '../_shared/transactions.cs.js';

export const TC_018_1_CS = defineTestCase({
  id: 'TC_018_1_CS',
  title: 'Unlock Connector - With Charging Session (Not fixed cable)',
  version: '1.6',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'not FixedCable' }],
  covers: ['5.18', '4.10'],
  catches: ['unlock-rejected', 'stop-reason-local'],
  async run(ctx) {
    // 1. A charging session.
    const tx = await energyTransferStarted(ctx);
    // 2. UnlockConnector.req: Unlocked; the transaction is finished first (5.18): StopTransaction.req reason UnlockCommand.
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'UnlockCommand', requirement: '5.18' });
    const after = expectStatus(ctx, ['Finishing', 'Available']);
    const res = await ctx.sut.call('UnlockConnector', { connectorId: tx.connectorId }, { requirement: '5.18' });
    ctx.expect(res.status, '5.18: UnlockConnector.conf status').to.equal('Unlocked');
    await stop;
    // 3. StatusNotification.req Finishing (or Available once the cable is out).
    await after;
  },
});

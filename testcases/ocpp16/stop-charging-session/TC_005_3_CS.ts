/** OCTT 1.6 §2.3.5, Table 10: EV Side Disconnected - StopTransactionOnEVSideDisconnect = false - UnlockConnectorOnEVSideDisconnect = false. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { expectStatus, messageMs, pending, unplug } from '../_shared/states.cs.js';
import { expectStopTransaction } from '../_shared/transactions.cs.js';
import { chargingWithEvSideDisconnect } from './steps.cs.js';

export const TC_005_3_CS = defineTestCase({
  id: 'TC_005_3_CS',
  title: 'EV Side Disconnected - StopTransactionOnEVSideDisconnect = false - UnlockConnectorOnEVSideDisconnect = false',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.9', '4.10', '5.12', '9.1.23'],
  catches: ['ev-disconnect-setting-inverted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1. ChangeConfiguration StopTransactionOnEVSideDisconnect = false; a charging session.
    const tx = await chargingWithEvSideDisconnect(ctx, false, undefined);
    // 2. The cable is disconnected at the EV side: StatusNotification.req SuspendedEV, the transaction goes on (4.9, 9.1.23).
    const suspended = expectStatus(ctx, 'SuspendedEV', { requirement: '4.9' });
    const noStop = pending(sut.expectNoCall('StopTransaction', messageMs(ctx), { requirement: '9.1.23', describe: 'StopTransactionOnEVSideDisconnect is false' }));
    await unplug(ctx, null);
    await suspended;
    await noStop;
    // 3. RemoteStopTransaction.req: Accepted, StopTransaction.req reason Remote, StatusNotification.req.
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'Remote', requirement: '5.12' });
    const after = expectStatus(ctx, ['Finishing', 'Available']);
    const res = await sut.call('RemoteStopTransaction', { transactionId: tx.transactionId }, { requirement: '5.12' });
    expect(res.status, '5.12: RemoteStopTransaction.conf status').to.equal('Accepted');
    await stop;
    await after;
  },
});

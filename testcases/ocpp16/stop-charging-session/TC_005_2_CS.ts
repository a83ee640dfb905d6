/** OCTT 1.6 §2.3.4, Table 9: EV Side Disconnected - StopTransactionOnEVSideDisconnect = true - UnlockConnectorOnEVSideDisconnect = false. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { unplug } from '../_shared/states.cs.js';
import { expectStopTransaction } from '../_shared/transactions.cs.js';
import { chargingWithEvSideDisconnect } from './steps.cs.js';

export const TC_005_2_CS = defineTestCase({
  id: 'TC_005_2_CS',
  title: 'EV Side Disconnected - StopTransactionOnEVSideDisconnect = true - UnlockConnectorOnEVSideDisconnect = false',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.10', '5.18', '9.1.23', '9.1.33'],
  catches: ['ev-disconnect-setting-inverted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1. StopTransactionOnEVSideDisconnect = true, UnlockConnectorOnEVSideDisconnect = false; a charging session.
    const tx = await chargingWithEvSideDisconnect(ctx, true, false);
    // 2. The cable is disconnected at the EV side: StopTransaction.req reason EVDisconnected.
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'EVDisconnected', requirement: '9.1.23' });
    await unplug(ctx, null);
    await stop;
    // 3. The connector stays locked: the Central System unlocks it with UnlockConnector.req.
    const res = await sut.call('UnlockConnector', { connectorId: tx.connectorId }, { requirement: '5.18' });
    expect(res.status, '5.18: UnlockConnector.conf status').to.equal('Unlocked');
  },
});

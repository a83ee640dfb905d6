/** OCTT 1.6 §2.3.3, Table 8: EV Side Disconnected - StopTransactionOnEVSideDisconnect = true - UnlockConnectorOnEVSideDisconnect = true. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { unplug } from '../_shared/states.cs.js';
import { expectStopTransaction } from '../_shared/transactions.cs.js';
import { chargingWithEvSideDisconnect } from './steps.cs.js';

export const TC_005_1_CS = defineTestCase({
  id: 'TC_005_1_CS',
  title: 'EV Side Disconnected - StopTransactionOnEVSideDisconnect = true - UnlockConnectorOnEVSideDisconnect = true',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.9', '4.10', '9.1.23', '9.1.33'],
  catches: ['ev-disconnect-setting-inverted', 'stop-reason-local'],
  async run(ctx) {
    // 1. StopTransactionOnEVSideDisconnect = true, UnlockConnectorOnEVSideDisconnect = true; a charging session.
    const tx = await chargingWithEvSideDisconnect(ctx, true, true);
    // 2. The cable is disconnected at the EV side: StopTransaction.req reason EVDisconnected (4.10, 9.1.23).
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'EVDisconnected', requirement: '9.1.23' });
    // 3. The connector is unlocked, the cable removed: StatusNotification.req Finishing or Available.
    await unplug(ctx, ['Finishing', 'Available']);
    await stop;
  },
});

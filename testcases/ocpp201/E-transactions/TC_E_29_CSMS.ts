import { defineTestCase } from '../../kit.js';
import { csmsRequest, deliverQueued, transactionIdOf, transactionStatus } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { CHECK_TRANSACTION_STATUS, offlineForTransactionDuration, periodicSample, runningTransactionId } from './steps.csms.js';

export const TC_E_29_CSMS = defineTestCase({
  id: 'TC_E_29_CSMS',
  title: 'Check Transaction status - Transaction with id ongoing - with message in queue',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [CHECK_TRANSACTION_STATUS],
  covers: ['E14', 'E14.FR.02', 'E14.FR.04'],
  catches: ['transaction-status-wrong-transaction'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const transactionId = runningTransactionId(ctx);
    // 1-2. Offline for a while (a periodic meter sample is queued), then reconnected.
    await offlineForTransactionDuration(ctx, async () => { await periodicSample(ctx); });
    // Manual action: trigger the CSMS to request the status of the transaction.
    // 3-4. The CSMS sends GetTransactionStatusRequest; the station answers ongoingIndicator true, messagesInQueue true.
    const request = await csmsRequest(ctx, 'GetTransactionStatus', (p) => transactionStatus(ctx, p.transactionId), { hint: { transactionId } });
    ctx.expect(request.payload.transactionId, 'E14.FR.02: GetTransactionStatusRequest transactionId').to.equal(transactionId);
    // 5-6. The queued TransactionEvent Updated, with meter values, offline true.
    await deliverQueued(ctx, (p) => transactionIdOf(p) === transactionId, 'E14.FR.04');
  },
});

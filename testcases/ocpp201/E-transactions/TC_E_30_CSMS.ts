import { defineTestCase } from '../../kit.js';
import { csmsRequest, transactionStatus } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { CHECK_TRANSACTION_STATUS, runningTransactionId } from './steps.csms.js';

export const TC_E_30_CSMS = defineTestCase({
  id: 'TC_E_30_CSMS',
  title: 'Check Transaction status - Transaction with id ongoing - without message in queue',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [CHECK_TRANSACTION_STATUS],
  covers: ['E14', 'E14.FR.02', 'E14.FR.05'],
  catches: ['transaction-status-wrong-transaction'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const transactionId = runningTransactionId(ctx);
    // Manual action: trigger the CSMS to request the status of the transaction.
    // 1-2. The CSMS sends GetTransactionStatusRequest; the station answers ongoingIndicator true, messagesInQueue false.
    const request = await csmsRequest(ctx, 'GetTransactionStatus', (p) => transactionStatus(ctx, p.transactionId), { hint: { transactionId } });
    ctx.expect(request.payload.transactionId, 'E14.FR.02: GetTransactionStatusRequest transactionId').to.equal(transactionId);
  },
});

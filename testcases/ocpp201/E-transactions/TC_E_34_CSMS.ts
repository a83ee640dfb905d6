import { defineTestCase } from '../../kit.js';
import { csmsRequest, transactionStatus } from '../_shared/charging-session.csms.js';
import { CHECK_TRANSACTION_STATUS } from './steps.csms.js';

export const TC_E_34_CSMS = defineTestCase({
  id: 'TC_E_34_CSMS',
  title: 'Check Transaction status - Without transactionId - without message in queue',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [CHECK_TRANSACTION_STATUS],
  covers: ['E14', 'E14.FR.06', 'E14.FR.08'],
  catches: ['transaction-status-adds-transaction'],
  async run(ctx) {
    // Manual action: trigger the CSMS to request the status of the station's queue (no particular transaction).
    // 1-2. The CSMS sends GetTransactionStatusRequest; the station answers messagesInQueue false, ongoingIndicator omitted.
    const request = await csmsRequest(ctx, 'GetTransactionStatus', (p) => transactionStatus(ctx, p.transactionId));
    ctx.expect(request.payload.transactionId, 'E14.FR.06: GetTransactionStatusRequest transactionId (must be omitted)').to.equal(undefined);
  },
});

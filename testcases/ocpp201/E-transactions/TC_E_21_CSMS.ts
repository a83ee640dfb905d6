import { defineTestCase } from '../../kit.js';
import { csmsRequest, transactionEvent } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { runningTransactionId } from './steps.csms.js';

export const TC_E_21_CSMS = defineTestCase({
  id: 'TC_E_21_CSMS',
  title: 'Stop transaction options - StopAuthorized - Remote',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S3)', 'F03', 'E06.FR.03', 'F03.FR.01', 'F03.FR.09', 'F03.FR.10'],
  catches: ['request-stop-wrong-transaction', 'tx-stop-only-evconnected'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const transactionId = runningTransactionId(ctx);
    // Manual action: trigger the CSMS to stop the ongoing transaction.
    // 1-2. The CSMS sends RequestStopTransactionRequest; the station accepts a request for its transaction (F03.FR.07/08).
    const request = await csmsRequest(ctx, 'RequestStopTransaction',
      (p) => ({ status: p.transactionId === transactionId ? 'Accepted' as const : 'Rejected' as const }), { hint: { transactionId }, requirement: 'F03.FR.01' });
    ctx.expect(request.payload.transactionId, 'F03.FR.01: RequestStopTransactionRequest transactionId').to.equal(transactionId);
    // 3-4. TransactionEvent Ended, RemoteStop, stoppedReason Remote.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'RemoteStop', stoppedReason: 'Remote', chargingState: 'EVConnected', requirement: 'E06.FR.03' });
  },
});

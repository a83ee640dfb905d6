import { defineTestCase } from '../../kit.js';
import { chargingSession, csmsRequest, deliverQueued, reportConnector, transactionEvent, transactionIdOf, transactionStatus, validToken } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { CHECK_TRANSACTION_STATUS, offlineForTransactionDuration, runningTransactionId } from './steps.csms.js';

export const TC_E_31_CSMS = defineTestCase({
  id: 'TC_E_31_CSMS',
  title: 'Check Transaction status - Transaction with id ended - with message in queue',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [CHECK_TRANSACTION_STATUS],
  covers: ['E14', 'E14.FR.03', 'E14.FR.04'],
  catches: ['transaction-status-wrong-transaction', 'tx-rejects-seqno-gap'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const transactionId = runningTransactionId(ctx);
    const s = chargingSession(ctx);
    // 1-2. Offline for a while: the driver stops (StopAuthorized), charging ends (EVConnected) and the EV leaves
    //      (EVCommunicationLost, Ended); the three events are queued with consecutive seqNo. Then reconnected.
    await offlineForTransactionDuration(ctx, async () => {
      await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'StopAuthorized', idToken: s.idToken ?? validToken(ctx) });
      await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'EVConnected' });
      await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', stoppedReason: 'EVDisconnected' });
    });
    // 3-4. StatusNotification: connector Available.
    await reportConnector(ctx, 'Available', { notifyEvent: false });
    // 5-6. The queued Ended event first, offline true: its seqNo skips the two others.
    await deliverQueued(ctx, (p) => p.eventType === 'Ended' && transactionIdOf(p) === transactionId);
    // Manual action: trigger the CSMS to request the status of the transaction.
    // 7-8. The CSMS sends GetTransactionStatusRequest (the tool validation's "step 5"); the station answers ongoingIndicator false, messagesInQueue true.
    const request = await csmsRequest(ctx, 'GetTransactionStatus', (p) => transactionStatus(ctx, p.transactionId), { hint: { transactionId } });
    ctx.expect(request.payload.transactionId, 'E14.FR.03: GetTransactionStatusRequest transactionId').to.equal(transactionId);
    // 9-10. The queued StopAuthorized event (first skipped seqNo), offline true.
    await deliverQueued(ctx, (p) => p.triggerReason === 'StopAuthorized' && transactionIdOf(p) === transactionId, 'E14.FR.04');
    // 11-12. The queued ChargingStateChanged EVConnected event (second skipped seqNo), offline true.
    await deliverQueued(ctx, (p) => p.triggerReason === 'ChargingStateChanged' && transactionIdOf(p) === transactionId, 'E14.FR.04');
  },
});

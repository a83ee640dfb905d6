import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.csms.js';
import { energyTransferSuspended } from '../_shared/states.csms.js';

export const TC_E_17_CSMS = defineTestCase({
  id: 'TC_E_17_CSMS',
  title: 'Stop transaction options - Deauthorized - EV side disconnect',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S3)', 'E06.FR.04'],
  catches: ['tx-stop-only-authorized'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferSuspended.
    await energyTransferSuspended(ctx);
    // 1-2. The cable is pulled at the EV side: TransactionEvent Ended, EVCommunicationLost, Idle, stoppedReason EVDisconnected.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', stoppedReason: 'EVDisconnected', requirement: 'E06.FR.04' });
  },
});

import { defineTestCase } from '../../kit.js';
import { energyTransferStarted, evConnectedPreSession } from '../_shared/states.csms.js';
import { remoteStartEvent, remoteStartRequested } from './steps.csms.js';

export const TC_F_01_CSMS = defineTestCase({
  id: 'TC_F_01_CSMS',
  title: 'Remote start transaction - Cable plugin first',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['F01', 'F01.FR.01'],
  catches: ['request-start-wrong-token', 'tx-start-only-authorized'],
  async run(ctx) {
    // Before: Reusable State EVConnectedPreSession (the transaction started on the cable).
    await evConnectedPreSession(ctx);
    // Manual Action, 1-2. RequestStartTransactionRequest; Accepted with the generated transactionId.
    const request = await remoteStartRequested(ctx);
    // 3-4. TransactionEvent Updated, RemoteStart, with the CSMS's remoteStartId.
    await remoteStartEvent(ctx, 'Updated', request.payload.remoteStartId);
    // 5. Execute Reusable State EnergyTransferStarted (State is Authorized and EVConnected).
    await energyTransferStarted(ctx);
  },
});

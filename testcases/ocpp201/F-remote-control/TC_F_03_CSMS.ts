import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { remoteStartEvent, remoteStartRequested } from './steps.csms.js';

export const TC_F_03_CSMS = defineTestCase({
  id: 'TC_F_03_CSMS',
  title: 'Remote start transaction - Remote start first - AuthorizeRemoteStart is false',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['F02', 'F02.FR.01', 'F01.FR.02'],
  catches: ['request-start-wrong-token'],
  async run(ctx) {
    // Manual Action, 1-2. RequestStartTransactionRequest; Accepted, transactionId omitted.
    const request = await remoteStartRequested(ctx);
    // 3-4. TransactionEvent Started, RemoteStart, with the remoteStartId (no AuthorizeRequest: AuthorizeRemoteStart is false).
    await remoteStartEvent(ctx, 'Started', request.payload.remoteStartId, 'Idle');
    // 5. Execute Reusable State EnergyTransferStarted (State is Authorized, the EV not yet connected).
    await energyTransferStarted(ctx);
  },
});

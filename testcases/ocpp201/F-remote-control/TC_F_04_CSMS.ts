import { defineTestCase } from '../../kit.js';
import { chargingSession, configuredMs, transactionEvent } from '../_shared/charging-session.csms.js';
import { remoteStartEvent, remoteStartRequested } from './steps.csms.js';

export const TC_F_04_CSMS = defineTestCase({
  id: 'TC_F_04_CSMS',
  title: 'Remote start transaction - Remote start first - Cable plugin timeout',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['F02', 'E03', 'E03.FR.04', 'E03.FR.05'],
  catches: ['request-start-wrong-token'],
  async run(ctx) {
    // Manual Action, 1-2. RequestStartTransactionRequest; Accepted, transactionId omitted.
    const request = await remoteStartRequested(ctx);
    // 3-4. TransactionEvent Started, RemoteStart, with the remoteStartId.
    await remoteStartEvent(ctx, 'Started', request.payload.remoteStartId, 'Idle');
    // 5-6. After <Configured Transaction Duration>: TransactionEvent Updated, EVConnectTimeout (the EV never connected).
    await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'EVConnectTimeout', requirement: 'E03.FR.05' });
    chargingSession(ctx).authorized = false;
  },
});

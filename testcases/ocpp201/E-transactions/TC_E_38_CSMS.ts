import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.csms.js';
import { authorized, evConnectedPreSession } from '../_shared/states.csms.js';

export const TC_E_38_CSMS = defineTestCase({
  id: 'TC_E_38_CSMS',
  title: 'Local start transaction - EV not ready',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E03'],
  catches: ['tx-suspended-ev-unhandled'],
  async run(ctx) {
    // Before: Reusable State Authorized.
    await authorized(ctx);
    // 1. Reusable State EVConnectedPreSession (Updated: the transaction started on authorization).
    await evConnectedPreSession(ctx);
    // 2-3. The EV is not ready to charge: TransactionEvent Updated, ChargingStateChanged, SuspendedEV.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'SuspendedEV' });
  },
});

import { defineTestCase } from '../../kit.js';
import { chargingSession, transactionEvent, validToken } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';

export const TC_E_07_CSMS = defineTestCase({
  id: 'TC_E_07_CSMS',
  title: 'Stop transaction options - PowerPathClosed - Local stop',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S5)', 'E06.FR.06'],
  catches: ['tx-stop-only-evconnected'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 1-2. The driver stops locally, the power path opens: TransactionEvent Ended, StopAuthorized, stoppedReason Local.
    await transactionEvent(ctx, {
      eventType: 'Ended', triggerReason: 'StopAuthorized', stoppedReason: 'Local', chargingState: 'EVConnected',
      idToken: chargingSession(ctx).idToken ?? validToken(ctx), requirement: 'E06.FR.06',
    });
  },
});

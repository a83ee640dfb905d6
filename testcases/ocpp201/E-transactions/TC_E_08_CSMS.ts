import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.csms.js';
import { stopAuthorized } from '../_shared/states.csms.js';

export const TC_E_08_CSMS = defineTestCase({
  id: 'TC_E_08_CSMS',
  title: 'Stop transaction options - EnergyTransfer stopped - StopAuthorized',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S6)', 'E06.FR.07'],
  catches: ['tx-stop-only-evconnected', 'tx-stop-only-authorized'],
  async run(ctx) {
    // Before: Reusable State StopAuthorized.
    await stopAuthorized(ctx);
    // 1-2. The energy transfer stops: TransactionEvent Ended, ChargingStateChanged, EVConnected, stoppedReason Local.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'ChargingStateChanged', chargingState: 'EVConnected', stoppedReason: 'Local', requirement: 'E06.FR.07' });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';

export const TC_E_22_CSMS = defineTestCase({
  id: 'TC_E_22_CSMS',
  title: 'Stop transaction options - EnergyTransfer stopped - SuspendedEV',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S6)', 'E06.FR.07'],
  catches: ['tx-stop-only-authorized', 'tx-stop-only-evconnected'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 1-2. The EV stops drawing energy: TransactionEvent Ended, ChargingStateChanged, SuspendedEV, stoppedReason StoppedByEV.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'ChargingStateChanged', chargingState: 'SuspendedEV', stoppedReason: 'StoppedByEV', requirement: 'E06.FR.07' });
  },
});

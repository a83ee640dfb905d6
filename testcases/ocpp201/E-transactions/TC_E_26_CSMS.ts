import { defineTestCase } from '../../kit.js';
import { reportConnector, transactionEvent } from '../_shared/charging-session.csms.js';
import { energyTransferSuspended } from '../_shared/states.csms.js';

export const TC_E_26_CSMS = defineTestCase({
  id: 'TC_E_26_CSMS',
  title: 'Disconnect cable on EV-side - Suspend transaction',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E10', 'E10.FR.01'],
  catches: ['tx-ev-disconnect-ends-transaction'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferSuspended.
    await energyTransferSuspended(ctx);
    // 1-2. The cable is pulled at the EV side, the transaction goes on: TransactionEvent Updated, EVCommunicationLost, Idle.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', requirement: 'E10.FR.01' });
    // 3-4. Connector Available.
    await reportConnector(ctx, 'Available');
    // The EV is connected again: the connector is Occupied (E02.FR.05).
    await reportConnector(ctx, 'Occupied');
    // 5-6. TransactionEvent Updated, CablePluggedIn, EVConnected.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'CablePluggedIn', chargingState: 'EVConnected', requirement: 'E10.FR.01' });
    // 7-8. Energy flows again: TransactionEvent Updated, ChargingStateChanged, Charging.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'Charging', requirement: 'E10.FR.01' });
  },
});

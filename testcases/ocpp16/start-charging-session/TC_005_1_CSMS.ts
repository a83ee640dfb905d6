/** OCTT 1.6 §3.2.4, Table 121: EV Side Disconnected - StopTransactionOnEVSideDisconnect = true - UnlockConnectorOnEVSideDisconnect = true. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { charging, connectorId, statusNotification, stopTransaction } from '../_shared/states.csms.js';

export const TC_005_1_CSMS = defineTestCase({
  id: 'TC_005_1_CSMS',
  title: 'EV Side Disconnected - StopTransactionOnEVSideDisconnect = true - UnlockConnectorOnEVSideDisconnect = true',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.9', '4.10'],
  catches: ['status-suspended-ev-unhandled', 'tx-stop-only-local'],
  async run(ctx) {
    // Before: Reusable State Charging.
    await charging(ctx);
    // [EV driver disconnects the cable on EV side.] 1-2. StatusNotification.req SuspendedEV.
    await statusNotification(ctx, connectorId(ctx), 'SuspendedEV');
    // 3-4. StopTransaction.req with reason EVDisconnected (StopTransactionOnEVSideDisconnect = true).
    await stopTransaction(ctx, 'EVDisconnected');
    // 5-6. StatusNotification.req Finishing.
    await statusNotification(ctx, connectorId(ctx), 'Finishing');
    // [EV driver unplugs the cable from the Charge Point.] 7-8. StatusNotification.req Available.
    await statusNotification(ctx, connectorId(ctx), 'Available');
  },
});

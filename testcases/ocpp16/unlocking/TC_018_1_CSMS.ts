/** OCTT 1.6 §3.6.3, Table 132: Unlock Connector - With Charging Session (Not fixed cable). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { charging, connectorId, statusNotification, stopTransaction } from '../_shared/states.csms.js';
import { unlock } from '../_shared/unlock-steps.csms.js';

export const TC_018_1_CSMS = defineTestCase({
  id: 'TC_018_1_CSMS',
  title: 'Unlock Connector - With Charging Session (Not fixed cable)',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.18', '4.10'],
  catches: ['unlock-connector-zero', 'tx-stop-only-local'],
  async run(ctx) {
    // Before: Reusable State Charging.
    await charging(ctx);
    // 1-2. UnlockConnector.req; the Charge Point unlocks the connector: Unlocked.
    await unlock(ctx, 'Unlocked');
    // 3-4. StatusNotification.req Finishing.
    await statusNotification(ctx, connectorId(ctx), 'Finishing');
    // 5-6. StopTransaction.req with reason UnlockCommand.
    await stopTransaction(ctx, 'UnlockCommand');
    // [EV driver unplugs the cable.] 7-8. StatusNotification.req Available.
    await statusNotification(ctx, connectorId(ctx), 'Available');
  },
});

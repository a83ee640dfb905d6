/** OCTT 1.6 §3.11.1, Table 144: Power failure boot charging point-configured to stop transaction(s). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { booted, charging, stopTransaction } from '../_shared/states.csms.js';

export const TC_032_1_CSMS = defineTestCase({
  id: 'TC_032_1_CSMS',
  title: 'Power failure boot charging point-configured to stop transaction(s)',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.2', '4.10', '3.7'],
  catches: ['boot-closes-transactions', 'tx-stop-only-local'],
  async run(ctx) {
    // Before: Reusable State Charging.
    const tx = await charging(ctx);
    // [Disconnect and reconnect the power of the Charge Point.] 1-2. BootNotification.req: Accepted.
    // 3-4. StatusNotification.req per connector and connectorId 0: Finishing for the connector that had the
    // transaction, Available for the others.
    await booted(ctx, (id) => (id === tx.connectorId ? 'Finishing' : 'Available'));
    // 5-6. StopTransaction.req with reason PowerLoss (stopped by the Charge Point itself: no idTag).
    await stopTransaction(ctx, 'PowerLoss', { withIdTag: false });
  },
});

/**
 * OCPP 1.6J Core, power failure, Central System under test: the harness plays the Charge Point.
 * Steps follow the 1.6 test-case document (3.11 Power failure non-happy flow).
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import { booted, charging, stopTransaction } from './states.csms.js';

export const TC_032_1_CSMS = defineTestCase({
  id: 'TC_032_1_CSMS',
  title: 'Power Failure Boot - Stop Transactions',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'fault',
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

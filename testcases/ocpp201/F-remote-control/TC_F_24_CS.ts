import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { triggeredConnectorStatus, trigger } from './steps.cs.js';

export const TC_F_24_CS = defineTestCase({
  id: 'TC_F_24_CS',
  title: 'Trigger message - StatusNotification - Specific EVSE - Occupied',
  version: '2.0.1',
  sut: 'CS',
  profiles: [trigger('5')],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.09', 'F06.FR.10'],
  catches: ['trigger-not-sent', 'trigger-status-stale'],
  async run(ctx) {
    await transactionCase(ctx, {}, async () => {
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 1-4. TriggerMessage StatusNotification for the connector: Accepted; the connector is reported Occupied.
      await triggeredConnectorStatus(ctx, 'Occupied');
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';

export const TC_G_01_CS = defineTestCase({
  id: 'TC_G_01_CS',
  title: 'Connector status Notification - Available to Occupied',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G01', 'G01.FR.01', 'G01.FR.03'],
  catches: ['occupied-not-reported'],
  async run(ctx) {
    await transactionCase(ctx, {}, async () => {
      // 1. Execute Reusable State EVConnectedPreSession: the connector reports Occupied (StatusNotification or NotifyEvent).
      await evConnectedPreSession(ctx);
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { connectorStatus, transactionCase, txSession } from '../_shared/charging-session.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { before } from './steps.cs.js';

export const TC_G_02_CS = defineTestCase({
  id: 'TC_G_02_CS',
  title: 'Connector status Notification - Occupied to Available',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G01', 'G01.FR.01', 'G01.FR.04'],
  catches: ['available-not-reported'],
  async run(ctx) {
    await transactionCase(ctx, {}, async () => {
      // Before: Reusable State EVConnectedPreSession.
      await before('EVConnectedPreSession', () => evConnectedPreSession(ctx));
      const s = txSession(ctx);
      // 3-4. The connector reports Available: StatusNotification, or NotifyEvent Connector AvailabilityState (trigger Delta).
      const available = connectorStatus(ctx, 'Available', 'G01.FR.04');
      // Manual Action: Disconnect the EV and EVSE.
      Object.assign(s, { evConnected: false, cableInSocket: false });
      await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
      await available;
    });
  },
});

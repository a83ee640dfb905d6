import { defineTestCase } from '../../kit.js';
import { transactionCase, validToken } from '../_shared/charging-session.cs.js';
import { idTokenCached } from '../_shared/states.cs.js';
import { core, goOffline, goOnline, queuedEvents } from './steps.cs.js';

export const TC_E_43_CS = defineTestCase({
  id: 'TC_E_43_CS',
  title: 'Offline Behaviour - Transaction during offline period',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('(C-01 and (C-30 or C-31 or C-32 or C-33 or C-34 or ISO 15118 support)) or C-35')],
  covers: ['E12', 'E12.FR.01', 'E12.FR.02', 'E12.FR.06'],
  catches: ['offline-tx-dropped', 'offline-flag-missing'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [{ component: 'AuthCtrlr', variable: 'OfflineTxForUnknownIdEnabled', value: 'true', optional: true }];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Memory State: IdTokenCached for the configured valid idToken (If implemented).
      if (ctx.ics.features.includes('C-49')) await idTokenCached(ctx);
      // Before (errata 2024-06): Memory State TransactionEventsInQueueEnded. 1. The OCTT closes the connection.
      await goOffline(ctx);
      const token = validToken(ctx);
      const bay = s.parked === false && (ctx.ics.features.includes('C-09.6') || ctx.ics.features.includes('C-10.5'));
      // Manual Actions: Drive EV into parking bay; Connect the EV and EVSE; Present idToken; present it again;
      // Disconnect the EV and EVSE; Drive EV out of parking bay.
      if (bay) await ctx.operator.do('driveIn', { evseId: s.evseId });
      await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
      if (bay) await ctx.operator.do('driveOut', { evseId: s.evseId });
      // 2. The OCTT accepts the reconnect.
      await goOnline(ctx);
      // 1-2 (Main). The queue: every message offline = true; one Started, one Ended.
      const events = await queuedEvents(ctx, 'E12.FR.02', (p) => p.eventType === 'Ended');
      expect(events.map((p) => p.eventType), 'E12.FR.01: the queued TransactionEventRequests include eventType Started').to.include('Started');
      expect(events.map((p) => p.eventType), 'E12.FR.01: the queued TransactionEventRequests include eventType Ended').to.include('Ended');
    });
  },
});

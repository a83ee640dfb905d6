import { defineTestCase } from '../../kit.js';
import { configuredMs, transactionCase, validToken } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { core, goOffline, goOnline, meterValuesFlow, queuedEvents, sampledData, transactionIdOf, transactionStatus, unlockOnEvSideDisconnect } from './steps.cs.js';

// Errata 2025-09 6.2.53 applied: the harness runs the local scenario (the session is authorized by presenting the idToken), so the stop is
// presented at the station and the queue runs from StopAuthorized; the remote scenario (the EV stops the energy transfer) does not arise.
export const TC_E_31_CS = defineTestCase({
  id: 'TC_E_31_CS',
  title: 'Check Transaction status - Transaction with id ended - with message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('NOT (NOT (C-30 or C-31 or C-32 or C-33 or C-34 or C-35) AND (NOT C-10.1 AND NOT C-10.3 AND NOT C-10.4 AND NOT C-10.5) AND NOT C-06.2)')],
  covers: ['E14', 'E14.FR.03', 'E14.FR.04'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing', 'offline-flag-missing'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [...sampledData(ctx), { ...unlockOnEvSideDisconnect(true), optional: true }];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: Reusable State EnergyTransferStarted (and meter values come).
      await energyTransferStarted(ctx);
      await meterValuesFlow(ctx);
      // The OCTT closes the WebSocket connection and does not accept a reconnect.
      await goOffline(ctx);
      // Manual Action: Present the same idToken as used to start the transaction (scenario local).
      const token = s.idToken ?? validToken(ctx);
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      // Manual Actions: Disconnect the EV and EVSE; Drive EV out of parking bay (TxStopPoint ParkingBayOccupancy).
      Object.assign(s, { evConnected: false, authorized: false });
      await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
      if (s.parked) {
        s.parked = false;
        await ctx.operator.do('driveOut', { evseId: s.evseId });
      }
      // The tool waits <Configured Transaction Duration>; then accepts the reconnect.
      await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
      await goOnline(ctx);
      // 1-2. At once: GetTransactionStatus for the transaction: ended, messages queued.
      await transactionStatus(ctx, transactionIdOf(s), { ongoing: false, queued: true }, { ongoing: 'E14.FR.03', queued: 'E14.FR.04' });
      // 3-4. The queue, from StopAuthorized through the end of the transaction.
      const events = await queuedEvents(ctx, 'E12.FR.02', (p) => p.eventType === 'Ended');
      const stop = events.find((p) => p.triggerReason !== 'MeterValuePeriodic');
      expect(stop?.triggerReason, 'E07.FR.02: the queued TransactionEventRequest of the local stop triggerReason').to.equal('StopAuthorized');
    });
  },
});

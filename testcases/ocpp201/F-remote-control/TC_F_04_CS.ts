import { defineTestCase } from '../../kit.js';
import { configuredMs, transactionCase, transactionEvent, transactionRunning } from '../_shared/charging-session.cs.js';
import { authorized } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, evConnectionTimeOut } from './steps.cs.js';

export const TC_F_04_CS = defineTestCase({
  id: 'TC_F_04_CS',
  title: 'Remote start transaction - Remote start first - Cable plugin timeout',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['F02', 'E03', 'F02.FR.01', 'E03.FR.01', 'E03.FR.05'],
  catches: ['ev-connection-timeout-ignored', 'remote-start-rejected'],
  async run(ctx) {
    const { expect } = ctx;
    // Configuration State (errata 2025-09 6.2.56/6.2.57): TxStartPoint ParkingBayOccupancy OR Authorized only if supported.
    const txStartPoint = { component: 'TxCtrlr', variable: 'TxStartPoint', value: 'Authorized', optional: true };
    await transactionCase(ctx, { configuration: [evConnectionTimeOut(ctx), ...AUTH_ENABLED, txStartPoint] }, async (s) => {
      // Before: Reusable State Authorized (remote).
      await authorized(ctx, { mode: 'remote' });
      const timeoutMs = configuredMs(ctx, 'evConnectionTimeoutMs') + ctx.ics.timeouts.messageMs;
      if (transactionRunning(s)) {
        // 1-2. After <Configured ev_connection_timeout>: TransactionEvent EVConnectTimeout, Ended.
        const p = await transactionEvent(ctx, { describe: '(EV connection timeout)', requirement: 'E03.FR.05', timeoutMs });
        expect(p.triggerReason, 'E03.FR.05: TransactionEventRequest triggerReason').to.equal('EVConnectTimeout');
        expect(p.eventType, 'E03.FR.05: TransactionEventRequest eventType').to.equal('Ended');
      } else {
        // No transaction started: the authorization just lapses after the timeout.
        await ctx.specifiedWait(timeoutMs, 'Configured EV connection timeout');
      }
      // (Optionally a StatusNotification / NotifyEvent Available: taken by default.)
      Object.assign(s, { authorized: false, state: 'Idle' });
      // 3. Execute Reusable State Authorized (remote): the EVSE is ready for another session.
      await authorized(ctx, { mode: 'remote' });
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { configuredMs, transactionCase, transactionEvent, transactionRunning, txInfo } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, LOCAL_START, core, evConnectionTimeOut } from './steps.cs.js';

export const TC_E_05_CS = defineTestCase({
  id: 'TC_E_05_CS',
  title: 'Local start transaction - Authorization first - Cable plugin timeout',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(LOCAL_START)],
  covers: ['E03', 'E03.FR.01', 'E03.FR.05', 'E03.FR.06', 'E03.FR.12', 'C01.FR.02', 'C02.FR.01', 'C06.FR.02'],
  catches: ['ev-connection-timeout-ignored', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [
      evConnectionTimeOut(ctx), ...AUTH_ENABLED,
      { component: 'AuthCacheCtrlr', variable: 'Enabled', value: 'false', optional: true },
      { component: 'AuthCtrlr', variable: 'LocalPreAuthorize', value: 'false', optional: true },
    ];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: Reusable State Authorized (local).
      await authorized(ctx, { mode: 'local' });
      if (transactionRunning(s)) {
        // 1-2. After <Configured ev_connection_timeout>: EVConnectTimeout; Ended (Timeout) when TxStopPoint contains Authorized, else Updated.
        const p = await transactionEvent(ctx, { describe: '(EV connection timeout)', requirement: 'E03.FR.05', timeoutMs: configuredMs(ctx, 'evConnectionTimeoutMs') + ctx.ics.timeouts.messageMs });
        expect(p.triggerReason, 'E03.FR.05: TransactionEventRequest triggerReason').to.equal('EVConnectTimeout');
        if (s.stopPoints.includes('Authorized')) {
          expect(p.eventType, 'E03.FR.05: TransactionEventRequest eventType').to.equal('Ended');
          expect(txInfo(p).stoppedReason, 'E03.FR.05: TransactionEventRequest transactionInfo.stoppedReason').to.equal('Timeout');
        } else {
          expect(p.eventType, 'E03.FR.05: TransactionEventRequest eventType').to.equal('Updated');
        }
      } else {
        await ctx.specifiedWait(configuredMs(ctx, 'evConnectionTimeoutMs') + ctx.ics.timeouts.messageMs, 'Configured EV connection timeout');
      }
      Object.assign(s, { authorized: false, state: 'Idle' });
      // 3. Execute Reusable State Authorized (local): the EVSE is ready for another session.
      await authorized(ctx, { mode: 'local' });
      // 4. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { authorized, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { core } from './steps.cs.js';

export const TC_E_38_CS = defineTestCase({
  id: 'TC_E_38_CS',
  title: 'Local start transaction - EV not ready',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('NOT C-09.5 and NOT Product Subtype "Mode 1/2-only Charging Station"')],
  covers: ['E03'],
  catches: ['seqno-gap', 'wrong-trigger-reason'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Before: Reusable State Authorized.
      await authorized(ctx);
      // Manual Action: Set the EV to a state in which it is NOT ready for energy transfer.
      await ctx.operator.do('evSuspend', { evseId: s.evseId });
      // 1. Execute Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 2-3. The EV does not take energy: ChargingStateChanged, SuspendedEV.
      const p = await transactionEvent(ctx, { describe: '(EV not ready)', requirement: 'E01.FR.19' });
      expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
      expect(txInfo(p).chargingState, 'E01.FR.19: TransactionEventRequest transactionInfo.chargingState').to.equal('SuspendedEV');
    });
  },
});

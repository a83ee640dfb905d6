import { defineTestCase } from '../../kit.js';
import { connectorStatus, later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { evConnectedPostSession } from '../_shared/transaction-states.cs.js';
import { core, expectEnded, txStopPoint } from './steps.cs.js';

export const TC_E_14_CS = defineTestCase({
  id: 'TC_E_14_CS',
  title: 'Stop transaction options - EVDisconnected - Charging Station side',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('HFS-1 and C-10.1 and (C-52 or NOT (C-10.2 or C-10.3 or C-10.4))')],
  covers: ['E06(S2)', 'E06.FR.02', 'E06.FR.15'],
  catches: ['ev-disconnect-keeps-transaction', 'ev-disconnect-not-reported', 'tx-stop-point-ignored'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('EVConnected')] }, async (s) => {
      // Before: Reusable State EVConnectedPostSession.
      await evConnectedPostSession(ctx);
      // Manual Action: Disconnect the EV and EVSE. 1-2. The connector becomes Available.
      const available = connectorStatus(ctx, 'Available', 'G01.FR.04');
      // 3-4. The transaction ends.
      const tx = later(transactionEvent(ctx, { describe: '(EV disconnected)', requirement: 'E06.FR.02' }));
      Object.assign(s, { evConnected: false, cableInSocket: false });
      await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
      await available;
      const p = await tx;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVCommunicationLost');
      expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Idle');
      // Errata 2025-06 (6.2.51): a remote stop may give Remote or EVDisconnected.
      expect(txInfo(p).stoppedReason, 'E06.FR.02: TransactionEventRequest transactionInfo.stoppedReason')
        .to.be.oneOf(s.stoppedRemotely ? ['Remote', 'EVDisconnected'] : ['Local', 'EVDisconnected', undefined]);
      expectEnded(ctx, p, 'E06.FR.02');
    });
  },
});

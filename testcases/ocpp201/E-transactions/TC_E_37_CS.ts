import { defineTestCase } from '../../kit.js';
import { later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { energyTransferSuspended } from '../_shared/transaction-states.cs.js';
import { core, expectEnded, stopTxOnEvSideDisconnect, txStopPoint, unplugAtEv } from './steps.cs.js';

export const TC_E_37_CS = defineTestCase({
  id: 'TC_E_37_CS',
  title: 'Stop transaction options - PowerPathClosed - EV side disconnect',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.3 and (C-52 or NOT (C-10.1 or C-10.4)) AND (AQ-9 OR Product Subtype "Mode 1/2-only Charging Station")')],
  covers: ['E06(S5)', 'E06.FR.06', 'E06.FR.15'],
  catches: ['ev-disconnect-keeps-transaction', 'ev-disconnect-not-reported', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [txStopPoint('PowerPathClosed'), { ...stopTxOnEvSideDisconnect(false), optional: true }];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: Reusable State EnergyTransferSuspended.
      await energyTransferSuspended(ctx);
      // Manual Action: Disconnect the EV and EVSE on EV side. 1-2. The transaction ends.
      const tx = later(transactionEvent(ctx, { describe: '(EV side disconnected)', requirement: 'E06.FR.06' }));
      await unplugAtEv(ctx, s);
      const p = await tx;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVCommunicationLost');
      expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Idle');
      expect(txInfo(p).stoppedReason, 'E06.FR.06: TransactionEventRequest transactionInfo.stoppedReason').to.be.oneOf(['EVDisconnected', 'StoppedByEV']);
      expectEnded(ctx, p, 'E06.FR.06');
    });
  },
});

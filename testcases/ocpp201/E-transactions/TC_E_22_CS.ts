import { defineTestCase } from '../../kit.js';
import { later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { core, expectEnded, txStopPoint } from './steps.cs.js';

// Errata 2025-09 6.2.50 applied: EVConnected with eventType Ended, or SuspendedEV with stoppedReason StoppedByEV and eventType Updated.
export const TC_E_22_CS = defineTestCase({
  id: 'TC_E_22_CS',
  title: 'Stop transaction options - EnergyTransfer stopped - SuspendedEV',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.4')],
  covers: ['E06(S6)', 'E06.FR.07', 'E06.FR.15'],
  catches: ['tx-stop-point-ignored', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('EnergyTransfer')] }, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // Manual Action: The EV suspends the energy transfer. 1-2. TransactionEvent.
      const tx = later(transactionEvent(ctx, { describe: '(EV suspended)', requirement: 'E06.FR.07' }));
      await ctx.operator.do('evSuspend', { evseId: s.evseId });
      const p = await tx;
      const info = txInfo(p);
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
      expect(info.chargingState, 'E06.FR.07: TransactionEventRequest transactionInfo.chargingState').to.be.oneOf(['EVConnected', 'SuspendedEV']);
      if (info.chargingState === 'EVConnected') expectEnded(ctx, p, 'E06.FR.07');
      else {
        expect(info.stoppedReason, 'E06.FR.07: TransactionEventRequest transactionInfo.stoppedReason').to.equal('StoppedByEV');
        expect(p.eventType, 'E06.FR.07: TransactionEventRequest eventType').to.equal('Updated');
      }
    });
  },
});

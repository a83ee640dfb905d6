import { defineTestCase } from '../../kit.js';
import { later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { evseReboot } from './steps.cs.js';

export const TC_B_27_CS = defineTestCase({
  id: 'TC_B_27_CS',
  title: 'Reset EVSE - With Ongoing Transaction - Immediate',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B12', 'B12.FR.02', 'B12.FR.08', 'E07.FR.03'],
  catches: ['evse-reset-keeps-transaction'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const ended = later(transactionEvent(ctx, { describe: '(EVSE reset)', requirement: 'B12.FR.08' }));
      const reboot = evseReboot(ctx, s.evseId);
      // 1-2. ResetRequest Immediate for the EVSE: Accepted.
      const res = await ctx.sut.call('Reset', { type: 'Immediate', evseId: s.evseId });
      expect(res.status, 'B12.FR.02: ResetResponse status').to.equal('Accepted');
      // 3-4. TransactionEventRequest Ended, ResetCommand, EVConnected, ImmediateReset.
      const p = await ended;
      expect(p.eventType, 'B12.FR.08: TransactionEventRequest eventType').to.equal('Ended');
      expect(p.triggerReason, 'B12.FR.08: TransactionEventRequest triggerReason').to.equal('ResetCommand');
      expect(txInfo(p).chargingState, 'B12.FR.08: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
      expect(txInfo(p).stoppedReason, 'B12.FR.08: TransactionEventRequest transactionInfo.stoppedReason').to.equal('ImmediateReset');
      await reboot.restarted();
    });
  },
});

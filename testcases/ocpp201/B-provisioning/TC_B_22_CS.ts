import { defineTestCase } from '../../kit.js';
import { later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { afterReboot } from './steps.cs.js';

// Errata 2025-09 6.2.15 applied: the ResetRequest (type Immediate) omits evseId.
export const TC_B_22_CS = defineTestCase({
  id: 'TC_B_22_CS',
  title: 'Reset Charging Station - With Ongoing Transaction - Immediate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B12', 'B12.FR.02', 'B12.FR.04', 'E07.FR.03', 'B01.FR.03'],
  catches: ['reset-keeps-transaction'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const ended = later(transactionEvent(ctx, { describe: '(reset)', requirement: 'B12.FR.04' }));
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 5, requirement: 'B01.FR.03' });
      // 1-2. ResetRequest Immediate (evseId omitted): Accepted.
      const res = await sut.call('Reset', { type: 'Immediate' });
      expect(res.status, 'B12.FR.02: ResetResponse status').to.equal('Accepted');
      // 3-4. TransactionEventRequest Ended, ResetCommand, EVConnected, ImmediateReset, no idToken.
      const p = await ended;
      expect(p.eventType, 'B12.FR.04: TransactionEventRequest eventType').to.equal('Ended');
      expect(p.triggerReason, 'B12.FR.04: TransactionEventRequest triggerReason').to.equal('ResetCommand');
      expect(txInfo(p).chargingState, 'B12.FR.04: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
      expect(txInfo(p).stoppedReason, 'B12.FR.04: TransactionEventRequest transactionInfo.stoppedReason').to.equal('ImmediateReset');
      expect(p.idToken, 'E07.FR.03: TransactionEventRequest idToken is omitted').to.equal(undefined);
      // 5-6. BootNotificationRequest reason RemoteReset; 7-8. the configured connector Occupied, the others Available.
      await bootAccepted(ctx, boot, { expectedReason: 'RemoteReset', reasonRequirement: 'B01.FR.03', connectorStatus: afterReboot(s), securityEvent: false });
    });
  },
});

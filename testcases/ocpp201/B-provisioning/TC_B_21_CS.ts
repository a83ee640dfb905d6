import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { bootAccepted } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { afterReboot, endSession } from './steps.cs.js';

// Errata 2025-09 6.2.14 applied: the ResetRequest (type OnIdle) omits evseId.
export const TC_B_21_CS = defineTestCase({
  id: 'TC_B_21_CS',
  title: 'Reset Charging Station - With Ongoing Transaction - OnIdle',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B12', 'B12.FR.01', 'B12.FR.03'],
  catches: ['reset-onidle-interrupts-transaction', 'scheduled-reset-wrong-reason'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 10, requirement: 'B12.FR.03' });
      // 1-2. ResetRequest OnIdle (evseId omitted): Scheduled.
      const res = await sut.call('Reset', { type: 'OnIdle' });
      expect(res.status, 'B12.FR.01: ResetResponse status').to.equal('Scheduled');
      // 3-6. StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied (until the transaction ended).
      await endSession(ctx, s);
      // 7-8. BootNotificationRequest reason ScheduledReset; 9-10. connector states; 11-12. SecurityEventNotification.
      await bootAccepted(ctx, boot, { expectedReason: 'ScheduledReset', reasonRequirement: 'B12.FR.03', connectorStatus: afterReboot(s) });
    });
  },
});

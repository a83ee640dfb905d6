import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evConnectedPostSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';

export const TC_B_26_CS = defineTestCase({
  id: 'TC_B_26_CS',
  title: 'Reset EVSE - With Ongoing Transaction - OnIdle',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B12', 'B12.FR.01', 'B12.FR.07'],
  catches: ['evse-reset-onidle-immediate'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. ResetRequest OnIdle for the EVSE: Scheduled.
      const res = await ctx.sut.call('Reset', { type: 'OnIdle', evseId: s.evseId });
      ctx.expect(res.status, 'B12.FR.01: ResetResponse status').to.equal('Scheduled');
      // 3-6. StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied.
      await stopAuthorized(ctx);
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
      // (The EVSE resets once the transaction ended: EVDisconnected waited for it to report Available again.)
      await parkingBayUnoccupied(ctx);
    });
  },
});

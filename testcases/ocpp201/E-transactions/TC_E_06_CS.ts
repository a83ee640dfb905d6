import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evConnectedPostSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, core } from './steps.cs.js';

// --- local stop (E07) and stop transaction options (E06) -----------------------------------------

export const TC_E_06_CS = defineTestCase({
  id: 'TC_E_06_CS',
  title: 'Local Stop Transaction - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-30 or C-31 or C-32 or C-35')],
  covers: ['E07', 'E07.FR.04', 'E06.FR.15', 'C01.FR.03'],
  catches: ['local-stop-wrong-trigger', 'local-stop-wrong-reason', 'seqno-gap', 'status-wrong-connector-status'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: AUTH_ENABLED }, async () => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1. Execute Reusable State StopAuthorized (local).
      await stopAuthorized(ctx, { mode: 'local' });
      // 2. Execute Reusable State EVConnectedPostSession.
      await evConnectedPostSession(ctx);
      // 3. Execute Reusable State EVDisconnected.
      await evDisconnected(ctx);
      // 4. Execute Reusable State ParkingBayUnoccupied.
      await parkingBayUnoccupied(ctx);
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase, transactionRunning } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession, parkingBayOccupied } from '../_shared/transaction-states.cs.js';
import { core, txStartPoint } from './steps.cs.js';

// Errata 2025-09 6.2.44 applied: ParkingBayOccupied, Authorized, EVConnectedPreSession, then Reusable State EnergyTransferStarted (step 4).
export const TC_E_12_CS = defineTestCase({
  id: 'TC_E_12_CS',
  title: 'Start transaction options - ParkingBayOccupied',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.6')],
  covers: ['E01(S1)', 'E01.FR.01', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16'],
  catches: ['tx-start-point-ignored', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStartPoint('ParkingBayOccupancy')] }, async (s) => {
      // 1. Execute Reusable State ParkingBayOccupied: Manual Action: Drive EV into parking bay; TransactionEvent Started (EVDetected).
      await parkingBayOccupied(ctx);
      ctx.expect(transactionRunning(s), 'E01.FR.01: a TransactionEventRequest Started when the EV entered the parking bay').to.equal(true);
      // 2. Execute Reusable State Authorized.
      await authorized(ctx);
      // 3. Execute Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 4. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

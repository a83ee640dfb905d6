import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, parkingBayOccupied } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, core } from './steps.cs.js';

export const TC_E_04_CS = defineTestCase({
  id: 'TC_E_04_CS',
  title: 'Local start transaction - Authorization first - Success',
  version: '2.0.1',
  sut: 'CS',
  // Errata 2024-09 (5.12): not for MacAddress or ISO 15118 PnC.
  profiles: [core('C-30 or C-31 or C-32 or C-33 or C-35')],
  covers: ['E03', 'E03.FR.01', 'E03.FR.06', 'E03.FR.12', 'E01.FR.16', 'C01.FR.02', 'C02.FR.01', 'C06.FR.02'],
  catches: ['wrong-trigger-reason', 'tx-no-idtoken', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: AUTH_ENABLED }, async () => {
      // Before: State ParkingBayOccupied (optional).
      await parkingBayOccupied(ctx);
      // 1. Execute Reusable State Authorized (local).
      await authorized(ctx, { mode: 'local' });
      // 2. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

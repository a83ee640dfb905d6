import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { checkTransactionBegin, core, startPointAmong } from './steps.cs.js';

export const TC_J_08_CS = defineTestCase({
  id: 'TC_J_08_CS',
  title: 'Sampled Meter Values - Context Transaction.Begin - EVSE not known',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-40 and NOT AQ-8 and (C-09.2 or C-09.6)')],
  covers: ['J02', 'J02.FR.01', 'J02.FR.02', 'J02.FR.03', 'J02.FR.04', 'J02.FR.10', 'E01.FR.16', 'E01.FR.17', 'E03.FR.11', 'E04.FR.11', 'E05.FR.08'],
  catches: ['tx-no-meter-values'],
  async run(ctx) {
    // Before: TxStartPoint contains Authorized (or ParkingBayOccupancy).
    await transactionCase(ctx, { configuration: await startPointAmong(ctx, ['Authorized', 'ParkingBayOccupancy'], 'Authorized') }, async () => {
      // 1. Execute Reusable State EnergyTransferStarted (authorized first, then the EV connects).
      await energyTransferStarted(ctx);
      // Post scenario: the first TransactionEvent with an evse (the EVSE became known) carries the Transaction.Begin values.
      await checkTransactionBegin(ctx, (p) => p.evse !== undefined, 'the first TransactionEventRequest containing a value for evse');
    });
  },
});

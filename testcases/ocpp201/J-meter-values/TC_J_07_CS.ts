import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evConnectedPreSession, parkingBayOccupied } from '../_shared/transaction-states.cs.js';
import { checkTransactionBegin, startPointAmong } from './steps.cs.js';

export const TC_J_07_CS = defineTestCase({
  id: 'TC_J_07_CS',
  title: 'Sampled Meter Values - EventType Started - EVSE known',
  version: '2.0.1',
  sut: 'CS',
  // Prerequisite: TxStartPoint does not contain ParkingBayOccupancy (the Configuration State sets EVConnected when it does).
  profiles: ['Core'],
  covers: ['J02', 'J02.FR.01', 'J02.FR.02', 'J02.FR.03', 'J02.FR.04', 'J02.FR.10', 'E01.FR.09', 'E02.FR.09', 'E03.FR.07', 'E04.FR.05', 'E05.FR.05'],
  catches: ['tx-no-meter-values'],
  async run(ctx) {
    // Before: TxStartPoint contains EVConnected (or Authorized, PowerPathClosed, EnergyTransfer, DataSigned); Reusable State ParkingBayOccupied.
    await transactionCase(ctx, { configuration: await startPointAmong(ctx, ['EVConnected', 'Authorized', 'PowerPathClosed', 'EnergyTransfer', 'DataSigned'], 'EVConnected') }, async () => {
      await parkingBayOccupied(ctx);
      // 1. Execute Reusable State EVConnectedPreSession. 2. Execute Reusable State EnergyTransferStarted.
      await evConnectedPreSession(ctx);
      await energyTransferStarted(ctx);
      // Post scenario: the TransactionEvent Started carries Transaction.Begin values for SampledDataTxStartedMeasurands.
      await checkTransactionBegin(ctx, (p) => p.eventType === 'Started', 'the TransactionEventRequest containing eventType Started');
    });
  },
});

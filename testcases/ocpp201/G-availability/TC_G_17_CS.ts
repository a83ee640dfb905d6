import { defineTestCase } from '../../kit.js';
import { scheduledDuringTransaction } from './steps.cs.js';

export const TC_G_17_CS = defineTestCase({
  id: 'TC_G_17_CS',
  title: 'Change Availability Connector - With ongoing transaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G03', 'G03.FR.01', 'G03.FR.02', 'G03.FR.04', 'G03.FR.05', 'G01.FR.05'],
  catches: ['availability-not-scheduled'],
  async run(ctx) {
    // Before: EnergyTransferStarted. 1-2. ChangeAvailabilityRequest Inoperative: Scheduled. 3-14. The session ends
    // (StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied); after the step that ends the
    // transaction, the connectors report Unavailable.
    await scheduledDuringTransaction(ctx, 'connector');
  },
});

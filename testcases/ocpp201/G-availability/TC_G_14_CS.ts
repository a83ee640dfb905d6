import { defineTestCase } from '../../kit.js';
import { scheduledDuringTransaction } from './steps.cs.js';

export const TC_G_14_CS = defineTestCase({
  id: 'TC_G_14_CS',
  title: 'Change Availability Charging Station - With ongoing transaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G04', 'G04.FR.01', 'G04.FR.02', 'G04.FR.03', 'G04.FR.05', 'G04.FR.06'],
  catches: ['availability-not-scheduled'],
  async run(ctx) {
    // Before: EnergyTransferStarted. 1-2. ChangeAvailabilityRequest Inoperative: Scheduled. 3-14. The session ends
    // (StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied); after the step that ends the
    // transaction, the connectors report Unavailable.
    await scheduledDuringTransaction(ctx, 'station');
  },
});

import { defineTestCase } from '../../kit.js';
import { scheduledCase } from './steps.csms.js';

export const TC_G_14_CSMS = defineTestCase({
  id: 'TC_G_14_CSMS',
  title: 'Change Availability Charging Station - With ongoing transaction',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['G04', 'G04.FR.06'],
  catches: ['change-availability-wrong-status', 'change-availability-adds-evse'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted. Manual Action: request the CSMS to change the availability to Inoperative.
    // 1-2. ChangeAvailabilityRequest (validated: Inoperative, the target), answered Scheduled.
    // 3-4. The connectors without a transaction report Unavailable.
    // Wait for <Configured Transaction Duration>, then StopAuthorized, EVConnectedPostSession, EVDisconnected;
    // then the station reports the connector(s) Unavailable.
    await scheduledCase(ctx, 'station');
  },
});

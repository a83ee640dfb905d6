import { defineTestCase } from '../../kit.js';
import { scheduledCase } from './steps.csms.js';

export const TC_G_17_CSMS = defineTestCase({
  id: 'TC_G_17_CSMS',
  title: 'Change Availability Connector - With ongoing transaction',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['G03', 'G03.FR.05'],
  catches: ['change-availability-wrong-status', 'change-availability-whole-station'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted. Manual Action: request the CSMS to change the availability to Inoperative.
    // 1-2. ChangeAvailabilityRequest (validated: Inoperative, the target), answered Scheduled.
    // Wait for <Configured Transaction Duration>, then StopAuthorized, EVConnectedPostSession, EVDisconnected;
    // then the station reports the connector(s) Unavailable.
    await scheduledCase(ctx, 'connector');
  },
});

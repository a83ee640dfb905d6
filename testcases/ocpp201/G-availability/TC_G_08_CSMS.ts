import { defineTestCase } from '../../kit.js';
import { changeCase } from './steps.csms.js';

export const TC_G_08_CSMS = defineTestCase({
  id: 'TC_G_08_CSMS',
  title: 'Change Availability Connector - Inoperative to operative',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['G03'],
  catches: ['change-availability-wrong-status', 'change-availability-whole-station'],
  async run(ctx) {
    // Before: Memory State: Unavailable for <Configured connectorId> (the simulated station reports it; not graded).
    // Manual Action: request the CSMS to change the availability of the Connector to Operative.
    // 1-2. ChangeAvailabilityRequest (validated: operationalStatus Operative, the target), answered Accepted.
    // 3-4. The station reports its connectors Available (StatusNotification and NotifyEvent).
    await changeCase(ctx, 'connector', 'Operative');
  },
});

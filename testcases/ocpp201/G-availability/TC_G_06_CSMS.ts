import { defineTestCase } from '../../kit.js';
import { changeCase } from './steps.csms.js';

export const TC_G_06_CSMS = defineTestCase({
  id: 'TC_G_06_CSMS',
  title: 'Change Availability Charging Station - Inoperative to operative',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['G04'],
  catches: ['change-availability-wrong-status', 'change-availability-adds-evse'],
  async run(ctx) {
    // Before: Reusable State: Charging Station set to Unavailable (the simulated station reports it; not graded).
    // Manual Action: request the CSMS to change the availability of the Charging Station to Operative.
    // 1-2. ChangeAvailabilityRequest (validated: operationalStatus Operative, the target), answered Accepted.
    // 3-4. The station reports its connectors Available (StatusNotification and NotifyEvent).
    await changeCase(ctx, 'station', 'Operative');
  },
});

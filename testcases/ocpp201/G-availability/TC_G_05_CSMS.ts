import { defineTestCase } from '../../kit.js';
import { changeCase } from './steps.csms.js';

export const TC_G_05_CSMS = defineTestCase({
  id: 'TC_G_05_CSMS',
  title: 'Change Availability Charging Station - Operative to inoperative',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['G04'],
  catches: ['change-availability-wrong-status', 'change-availability-adds-evse'],
  async run(ctx) {
    // Manual Action: request the CSMS to change the availability of the Charging Station to Inoperative.
    // 1-2. ChangeAvailabilityRequest (validated: operationalStatus Inoperative, the target), answered Accepted.
    // 3-4. The station reports its connectors Unavailable (StatusNotification and NotifyEvent).
    await changeCase(ctx, 'station', 'Inoperative');
  },
});

import { defineTestCase } from '../../kit.js';
import { changeCase } from './steps.csms.js';

export const TC_G_03_CSMS = defineTestCase({
  id: 'TC_G_03_CSMS',
  title: 'Change Availability EVSE - Operative to inoperative',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['G03'],
  catches: ['change-availability-wrong-status', 'change-availability-whole-station'],
  async run(ctx) {
    // 1. Execute Reusable State Unavailable for <Configured evseId> (Part 6 Table 700):
    // Manual Action: request the CSMS to change the availability of the EVSE to Inoperative.
    // 1-2. ChangeAvailabilityRequest (validated: operationalStatus Inoperative, the target), answered Accepted.
    // 3-4. The station reports its connectors Unavailable (StatusNotification and NotifyEvent).
    await changeCase(ctx, 'evse', 'Inoperative');
  },
});

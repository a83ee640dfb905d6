import { defineTestCase } from '../../kit.js';
import { availabilityCase, unavailable } from './steps.cs.js';

export const TC_G_07_CS = defineTestCase({
  id: 'TC_G_07_CS',
  title: 'Change Availability Connector - Operative to inoperative',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G03', 'G03.FR.01', 'G03.FR.02', 'G03.FR.04', 'G03.FR.06'],
  catches: ['availability-inoperative-ignored'],
  async run(ctx) {
    // 1. Execute Reusable State Unavailable for <Configured connectorId>: Accepted, then every affected connector reports Unavailable
    // (StatusNotification or NotifyEvent AvailabilityState; post scenario: a report for each of them).
    await availabilityCase(ctx, () => unavailable(ctx, 'connector'));
  },
});

import { defineTestCase } from '../../kit.js';
import { availabilityCase, unavailable } from './steps.cs.js';

export const TC_G_05_CS = defineTestCase({
  id: 'TC_G_05_CS',
  title: 'Change Availability Charging Station - Operative to inoperative',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G04', 'G04.FR.01', 'G04.FR.02', 'G04.FR.03', 'G04.FR.05', 'G04.FR.07'],
  catches: ['availability-inoperative-ignored'],
  async run(ctx) {
    // 1. Execute Reusable State Unavailable: Accepted, then every affected connector reports Unavailable
    // (StatusNotification or NotifyEvent AvailabilityState; post scenario: a report for each of them).
    await availabilityCase(ctx, () => unavailable(ctx, 'station'));
  },
});

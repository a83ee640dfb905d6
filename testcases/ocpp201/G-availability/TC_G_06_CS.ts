import { defineTestCase } from '../../kit.js';
import { availabilityCase, changeAvailability, unavailableBefore } from './steps.cs.js';

export const TC_G_06_CS = defineTestCase({
  id: 'TC_G_06_CS',
  title: 'Change Availability Charging Station - Inoperative to operative',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G04', 'G01.FR.07', 'G04.FR.01', 'G04.FR.02', 'G04.FR.03', 'G04.FR.05', 'G04.FR.08'],
  catches: ['availability-operative-not-reported'],
  async run(ctx) {
    await availabilityCase(ctx, async () => {
      // Before: Reusable State Unavailable (station), established (INCONCLUSIVE when the station refuses).
      await unavailableBefore(ctx, 'station');
      // 1-2. ChangeAvailabilityRequest Operative: Accepted. 3-4. The affected connectors report Available.
      await changeAvailability(ctx, 'station', 'Operative', { expected: 'Accepted', requirement: 'G04.FR.03', report: { status: 'Available', requirement: 'G04.FR.08' } });
    });
  },
});

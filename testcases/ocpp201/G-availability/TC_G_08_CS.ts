import { defineTestCase } from '../../kit.js';
import { availabilityCase, changeAvailability, unavailableBefore } from './steps.cs.js';

export const TC_G_08_CS = defineTestCase({
  id: 'TC_G_08_CS',
  title: 'Change Availability Connector - Inoperative to operative',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G03', 'G01.FR.07', 'G03.FR.01', 'G03.FR.02', 'G03.FR.04', 'G03.FR.07'],
  catches: ['availability-operative-not-reported'],
  async run(ctx) {
    await availabilityCase(ctx, async () => {
      // Before: Memory State Unavailable (connector), established (INCONCLUSIVE when the station refuses).
      await unavailableBefore(ctx, 'connector');
      // 1-2. ChangeAvailabilityRequest Operative: Accepted. 3-4. The affected connectors report Available.
      await changeAvailability(ctx, 'connector', 'Operative', { expected: 'Accepted', requirement: 'G03.FR.02', report: { status: 'Available', requirement: 'G03.FR.07' } });
    });
  },
});

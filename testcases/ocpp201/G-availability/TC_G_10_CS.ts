import { defineTestCase } from '../../kit.js';
import { availabilityCase, changeAvailability, unavailableBefore } from './steps.cs.js';

export const TC_G_10_CS = defineTestCase({
  id: 'TC_G_10_CS',
  title: 'Change Availability EVSE - Inoperative to inoperative',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G03', 'G03.FR.01', 'G03.FR.02', 'G03.FR.03', 'G03.FR.04'],
  catches: ['availability-same-state-rejected'],
  async run(ctx) {
    await availabilityCase(ctx, async () => {
      // Before: Charging State Unavailable (evse), established (INCONCLUSIVE when the station refuses).
      await unavailableBefore(ctx, 'evse');
      // 1-2. ChangeAvailabilityRequest Inoperative again: Accepted.
      await changeAvailability(ctx, 'evse', 'Inoperative', { expected: 'Accepted', requirement: 'G03.FR.03' });
    });
  },
});

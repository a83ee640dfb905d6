import { defineTestCase } from '../../kit.js';
import { availabilityCase, changeAvailability, unavailableBefore } from './steps.cs.js';

export const TC_G_13_CS = defineTestCase({
  id: 'TC_G_13_CS',
  title: 'Change Availability Charging Station - Inoperative to inoperative',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G04', 'G04.FR.01', 'G04.FR.02', 'G04.FR.03', 'G04.FR.04', 'G04.FR.05'],
  catches: ['availability-same-state-rejected'],
  async run(ctx) {
    await availabilityCase(ctx, async () => {
      // Before: Charging State Unavailable (station), established (INCONCLUSIVE when the station refuses).
      await unavailableBefore(ctx, 'station');
      // 1-2. ChangeAvailabilityRequest Inoperative again: Accepted.
      await changeAvailability(ctx, 'station', 'Inoperative', { expected: 'Accepted', requirement: 'G04.FR.04' });
      // 3-4. "notifies the current state of all connectors": the Unavailable reports of the Before state above; nothing
      // changes now, so a conformant station sends none again (G04.FR.05 asks them for changed connectors).
    });
  },
});

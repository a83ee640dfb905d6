import { defineTestCase } from '../../kit.js';
import { changeAvailability } from './steps.cs.js';

export const TC_G_12_CS = defineTestCase({
  id: 'TC_G_12_CS',
  title: 'Change Availability Charging Station - Operative to operative',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G04', 'G04.FR.01', 'G04.FR.02', 'G04.FR.03', 'G04.FR.04', 'G04.FR.05'],
  catches: ['availability-same-state-rejected'],
  async run(ctx) {
    // Already Operative (every case leaves the station so). 1-2. ChangeAvailabilityRequest Operative: Accepted.
    // Nothing changes, so no connector report is due (G04.FR.05 asks one for a change).
    await changeAvailability(ctx, 'station', 'Operative', { expected: 'Accepted', requirement: 'G04.FR.04' });
  },
});

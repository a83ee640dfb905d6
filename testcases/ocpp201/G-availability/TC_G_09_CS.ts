import { defineTestCase } from '../../kit.js';
import { changeAvailability } from './steps.cs.js';

export const TC_G_09_CS = defineTestCase({
  id: 'TC_G_09_CS',
  title: 'Change Availability EVSE - Operative to operative',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G03', 'G03.FR.01', 'G03.FR.02', 'G03.FR.03', 'G03.FR.04'],
  catches: ['availability-same-state-rejected'],
  async run(ctx) {
    // Already Operative (every case leaves the station so). 1-2. ChangeAvailabilityRequest Operative: Accepted.
    // Nothing changes, so no connector report is due (G03.FR.04 asks one for a change).
    await changeAvailability(ctx, 'evse', 'Operative', { expected: 'Accepted', requirement: 'G03.FR.03' });
  },
});

import { defineTestCase } from '../../kit.js';
import { booted } from '../_shared/states.cs.js';
import { availabilityCase, unavailableBefore } from './steps.cs.js';

export const TC_G_21_CS = defineTestCase({
  id: 'TC_G_21_CS',
  title: 'Change Availability Charging Station - state persists across reboot',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G04', 'G04.FR.09'],
  catches: ['availability-not-persistent'],
  async run(ctx) {
    await availabilityCase(ctx, async () => {
      // Before: Charging State Unavailable (the whole station).
      await unavailableBefore(ctx, 'station');
      // 1. Reusable State Booting (power cycle). 2-3. BootNotification, Accepted. 4-5. Every connector reports Unavailable.
      // 6-7. SecurityEventNotification StartupOfTheDevice or ResetOrReboot.
      await booted(ctx, { connectorStatus: 'Unavailable', statusRequirement: 'G04.FR.09' });
    });
  },
});

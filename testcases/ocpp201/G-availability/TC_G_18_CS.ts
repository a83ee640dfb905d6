import { defineTestCase } from '../../kit.js';
import { booted } from '../_shared/states.cs.js';
import { availabilityCase, changeAvailability, configuredConnector } from './steps.cs.js';

export const TC_G_18_CS = defineTestCase({
  id: 'TC_G_18_CS',
  title: 'Change Availability EVSE - state persists across reboot',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G03', 'G03.FR.08', 'G01.FR.01'],
  catches: ['availability-not-persistent'],
  async run(ctx) {
    const { evseId } = configuredConnector(ctx);
    await availabilityCase(ctx, async () => {
      // Charging State "state is Unavailable" is what steps 1-4 make it (set before as well, step 3 would have nothing to report).
      // 1-2. ChangeAvailabilityRequest Inoperative for the configured EVSE: Accepted. 3-4. Its connectors report Unavailable.
      await changeAvailability(ctx, 'evse', 'Inoperative', { expected: 'Accepted', requirement: 'G03.FR.02', report: { status: 'Unavailable', requirement: 'G03.FR.04' } });
      // 5. Execute Reusable State Booted: after the boot the configured EVSE's connectors are Unavailable, the others Available.
      await booted(ctx, { connectorStatus: (e) => (e === evseId ? 'Unavailable' : 'Available'), statusRequirement: 'G03.FR.08' });
    });
  },
});

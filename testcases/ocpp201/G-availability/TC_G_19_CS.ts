import { defineTestCase } from '../../kit.js';
import { booted } from '../_shared/states.cs.js';
import { availabilityCase, configuredConnector, unavailableBefore } from './steps.cs.js';

export const TC_G_19_CS = defineTestCase({
  id: 'TC_G_19_CS',
  title: 'Change Availability Connector - state persists across reboot',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['G03', 'G03.FR.08'],
  catches: ['availability-not-persistent'],
  async run(ctx) {
    const { evseId, connectorId } = configuredConnector(ctx);
    await availabilityCase(ctx, async () => {
      // Before: Charging State Unavailable for the configured connector.
      await unavailableBefore(ctx, 'connector');
      // 1. Reusable State Booting (power cycle). 2-3. BootNotification, Accepted. 4-5. The configured connector reports
      // Unavailable, the others Available. 6-7. SecurityEventNotification StartupOfTheDevice or ResetOrReboot.
      await booted(ctx, { connectorStatus: (e, c) => (e === evseId && c === connectorId ? 'Unavailable' : 'Available'), statusRequirement: 'G03.FR.08' });
    });
  },
});

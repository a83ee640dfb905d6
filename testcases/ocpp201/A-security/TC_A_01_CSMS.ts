import { defineTestCase } from '../../kit.js';
import { acceptedConnection } from '../_shared/states.csms.js';
import { bootAndReport } from './steps.csms.js';

// --- Basic Authentication ---------------------------------------------------------------------------

export const TC_A_01_CSMS = defineTestCase({
  id: 'TC_A_01_CSMS',
  title: 'Basic Authentication - Valid username/password combination',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A00', 'B01', 'A00.FR.204', 'B01.FR.02'],
  requires: { securityProfile: [1, 2] },
  preconditions: false,
  catches: ['boot-rejects-known-station'],
  async run(ctx) {
    // 1-2. HTTP upgrade with Authorization: Basic <ChargingStationId>:<BasicAuthPassword>; the CSMS upgrades the connection.
    await acceptedConnection(ctx, {}, 'with the configured Basic-auth credentials', 'A00.FR.207');
    // 3-4. BootNotificationRequest: Accepted. 5-6. The connectors are reported.
    await bootAndReport(ctx);
  },
});

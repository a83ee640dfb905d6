import { defineTestCase } from '../../kit.js';
import { refusedConnection } from '../_shared/states.csms.js';
import { randomPassword } from './steps.csms.js';

export const TC_A_03_CSMS = defineTestCase({
  id: 'TC_A_03_CSMS',
  title: 'Basic Authentication - Invalid password',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.204'],
  requires: { securityProfile: [1, 2] },
  catches: ['accepts-wrong-password'],
  async run(ctx) {
    // 1-2. HTTP upgrade with Authorization: Basic <ChargingStationId>:<random 16-40 character password>; the CSMS rejects it.
    await refusedConnection(ctx, { basicAuth: { password: randomPassword() } }, 'with a wrong Basic-auth password', 'A00.FR.207');
  },
});

import { defineTestCase } from '../../kit.js';
import { refusedConnection } from '../_shared/states.csms.js';
import { stationPassword } from './steps.csms.js';

export const TC_A_02_CSMS = defineTestCase({
  id: 'TC_A_02_CSMS',
  title: 'Basic Authentication - Username does not equal ChargingStationId',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.204'],
  requires: { securityProfile: [1, 2] },
  catches: ['accepts-username-mismatch'],
  async run(ctx) {
    // 1-2. HTTP upgrade with Authorization: Basic <ChargingStationId>Invalid:<BasicAuthPassword>; the CSMS rejects it.
    await refusedConnection(ctx, { basicAuth: { username: `${ctx.ics.station.id}Invalid`, password: stationPassword(ctx) } },
      'whose Basic-auth username is not the station identity', 'A00.FR.204');
  },
});

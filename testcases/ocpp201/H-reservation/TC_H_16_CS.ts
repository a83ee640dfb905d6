import { defineTestCase } from '../../kit.js';
import { reservationCase } from './steps.cs.js';
import { allEvsesReserved, configuredConnectorType, reserveWithoutEvse } from './steps.unspecified.cs.js';

// Part 6 TC_H_16_CS (R-1 and a ConnectorEnumType type, errata 5.19 / 6.2.61).
export const TC_H_16_CS = defineTestCase({
  id: 'TC_H_16_CS',
  title: 'Reserve a connector with a specific type - Amount of available connectors of a type equals the amount of reservations',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Reservation', condition: 'R-1' }],
  covers: ['H01(S3)', 'H01.FR.11'],
  catches: ['reserve-reserved-accepted'],
  async run(ctx) {
    await reservationCase(ctx, async (made) => {
      // Configuration State: all EVSEs should be reserved.
      await allEvsesReserved(ctx, made);
      // 1-2. ReserveNowRequest, connectorType <Configured connectorType>, <Configured valid_idtoken>: Occupied.
      const res = await reserveWithoutEvse(ctx, made, undefined, { connectorType: configuredConnectorType(ctx) });
      ctx.expect(res.status, 'H01.FR.11: ReserveNowResponse status').to.equal('Occupied');
    });
  },
});

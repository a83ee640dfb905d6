import { defineTestCase } from '../../kit.js';
import { memoryReserved, reservationCase, reserveConfiguredEvse } from './steps.cs.js';

export const TC_H_03_CS = defineTestCase({
  id: 'TC_H_03_CS',
  title: 'Reserve a specific EVSE - Occupied - EVSE Reserved',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['H01', 'H01.FR.11'],
  catches: ['reserve-reserved-accepted'],
  async run(ctx) {
    await reservationCase(ctx, async (made) => {
      // Memory State: <Configured evseId> is Reserved (for <Configured valid_idtoken>).
      await memoryReserved(ctx, made);
      // 1-2. ReserveNowRequest for <Configured evseId> with <Configured valid_idtoken2>: status must be Occupied.
      const res = await reserveConfiguredEvse(ctx, made);
      ctx.expect(res.status, 'H01.FR.11: ReserveNowResponse status').to.equal('Occupied');
    });
  },
});

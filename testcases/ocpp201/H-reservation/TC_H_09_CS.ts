import { defineTestCase } from '../../kit.js';
import { reservationCase } from './steps.cs.js';
import { allEvsesReserved, reserveWithoutEvse } from './steps.unspecified.cs.js';

export const TC_H_09_CS = defineTestCase({
  id: 'TC_H_09_CS',
  title: 'Reserve an unspecified EVSE - Occupied - EVSE Reserved',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Reservation', condition: 'R-2' }],
  covers: ['H01(S1)', 'H01.FR.11'],
  catches: ['reserve-reserved-accepted'],
  async run(ctx) {
    await reservationCase(ctx, async (made) => {
      // Before: Reusable State "All EVSE are Reserved".
      await allEvsesReserved(ctx, made);
      // 1-2. ReserveNowRequest, evseId omitted, <Configured valid_idtoken>: Occupied.
      const res = await reserveWithoutEvse(ctx, made);
      ctx.expect(res.status, 'H01.FR.11: ReserveNowResponse status').to.equal('Occupied');
    });
  },
});

import { defineTestCase, idTokenFor } from '../../kit.js';
import { idTokenOf } from '../_shared/id-token.js';
import { expiresIn, freshReservationId, reservationCase } from './steps.cs.js';

// Reserve an unspecified EVSE - Rejected (Part 6 TC_H_13_CS; errata 5.16: for a station WITHOUT R-2).
export const TC_H_13_CS = defineTestCase({
  id: 'TC_H_13_CS',
  title: 'Reserve an unspecified EVSE - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Reservation', condition: 'NOT R-2' }],
  covers: ['H01(S1)', 'H01.FR.19'],
  catches: ['reserve-unspecified-accepted'],
  async run(ctx) {
    // Before: ReservationCtrlr.ReservationEnabled is true (if implemented).
    await reservationCase(ctx, async (made) => {
      // 1. ReserveNowRequest, evseId omitted, <Configured valid_idtoken_idtoken> / <Configured valid_idtoken_type>.
      const id = freshReservationId();
      const res = await ctx.sut.call('ReserveNow', { id, expiryDateTime: expiresIn(600_000), idToken: idTokenOf(idTokenFor(ctx, 'valid')) });
      // A station that wrongly accepted holds a reservation now: cancelled afterwards.
      if (res.status === 'Accepted') made.push(id);
      // 2. ReserveNowResponse: Rejected.
      ctx.expect(res.status, 'H01.FR.19: ReserveNowResponse status').to.equal('Rejected');
    });
  },
});

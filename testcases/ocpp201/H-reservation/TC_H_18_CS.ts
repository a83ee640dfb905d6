import { defineTestCase } from '../../kit.js';
import { reservationCase } from './steps.cs.js';

export const TC_H_18_CS = defineTestCase({
  id: 'TC_H_18_CS',
  title: 'Cancel reservation of an EVSE - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['H02', 'H02.FR.01'],
  catches: ['cancel-unknown-accepted'],
  async run(ctx) {
    await reservationCase(ctx, async () => {
      // Memory State: N/a (no reservation: the cases of this block cancel theirs). 1-2. CancelReservationRequest reservationId 1: Rejected.
      const res = await ctx.sut.call('CancelReservation', { reservationId: 1 });
      ctx.expect(res.status, 'H02.FR.01: CancelReservationResponse status').to.equal('Rejected');
    });
  },
});

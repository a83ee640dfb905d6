import { defineTestCase, idTokenFor } from '../../kit.js';
import { idTokenOf } from '../_shared/id-token.js';
import { authorized, energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { reservationCase, secondToken } from './steps.cs.js';
import { reserveWithoutEvse, reservedReport } from './steps.unspecified.cs.js';

export const TC_H_24_CS = defineTestCase({
  id: 'TC_H_24_CS',
  title: 'Reserve an unspecified EVSE - GroupIdToken',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Reservation', condition: 'R-2' }],
  covers: ['H03', 'H03.FR.06', 'H03.FR.08', 'H01.FR.20'],
  catches: ['reserve-unspecified-rejected', 'unspecified-reservation-not-shown', 'reservation-group-ignored'],
  async run(ctx) {
    const group = idTokenFor(ctx, 'group');
    await reservationCase(ctx, async (made) => {
      // 3-4 armed first: the connector reports Reserved (the OCTT expects it; due by H01.FR.20 with one connector only).
      const reported = reservedReport(ctx, 'H01.FR.20');
      // 1-2. ReserveNowRequest, evseId omitted, <Configured valid_idtoken>, groupIdToken <Configured group_idtoken>: Accepted.
      const res = await reserveWithoutEvse(ctx, made, undefined, { groupIdToken: idTokenOf(group) });
      ctx.expect(res.status, 'H01.FR.04: ReserveNowResponse status').to.equal('Accepted');
      await reported();
      // 5. Reusable State Authorized with <Configured valid_idtoken2>, the OCTT giving <Configured group_idtoken> (H03.FR.08).
      await authorized(ctx, { token: secondToken(ctx), groupIdToken: group });
      // 6. Reusable State EnergyTransferStarted (H03.FR.06: a token of the reservation's group charges on any EVSE).
      await energyTransferStarted(ctx);
      made.pop();
    });
  },
});

import { adviseUnless, defineTestCase } from '../../kit.js';
import { authorized, energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { reservationCase } from './steps.cs.js';
import { reserveWithoutEvse, reservedReport } from './steps.unspecified.cs.js';

export const TC_H_08_CS = defineTestCase({
  id: 'TC_H_08_CS',
  title: 'Reserve an unspecified EVSE - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Reservation', condition: 'R-2' }],
  covers: ['H01(S1)', 'H03', 'H01.FR.04', 'H01.FR.07', 'H01.FR.15', 'H03.FR.03'],
  catches: ['reserve-unspecified-rejected'],
  async run(ctx) {
    await reservationCase(ctx, async (made) => {
      // 3-4 armed first (errata 6.2.60: optional; due by H01.FR.20 when the station has one connector only).
      const reported = reservedReport(ctx, 'H01.FR.20');
      // 1-2. ReserveNowRequest, evseId omitted, <Configured valid_idtoken>: Accepted.
      const res = await reserveWithoutEvse(ctx, made);
      ctx.expect(res.status, 'H01.FR.04: ReserveNowResponse status').to.equal('Accepted');
      await reported();
      // 5. Reusable State Authorized with <Configured valid_idtoken> (errata 6.2.60): H03.FR.03, the reservation's token charges.
      const event = await authorized(ctx);
      const reservationId = made[made.length - 1];
      // H01.FR.15 (not a tool validation): the TransactionEvent after the authorization names the reservation.
      if (event) adviseUnless(ctx, event.reservationId === reservationId, `the TransactionEventRequest after the authorization has reservationId ${String(event.reservationId)}, not ${String(reservationId)}`, 'H01.FR.15');
      // 6. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

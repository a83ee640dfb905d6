/** OCTT 1.6 §2.20.1, Table 64: Reservation of a Connector - Occupied. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { plugIn } from '../_shared/states.cs.js';
import { cancelReservation, reserveNow } from './steps.cs.js';

export const TC_048_2_CS = defineTestCase({
  id: 'TC_048_2_CS',
  title: 'Reservation of a Connector - Occupied',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.9'],
  catches: ['reserve-16-occupied-accepted'],
  async run(ctx) {
    // Reusable State SetConnectorOccupied: [EV driver plugs in cable] StatusNotification.req Preparing.
    await plugIn(ctx, 'Preparing');
    // 1. ReserveNow.req for <Configured ConnectorId>. 2. ReserveNow.conf Occupied.
    const { status, request } = await reserveNow(ctx);
    // A reservation made against the step's expectation is not left behind (ungraded).
    if (status === 'Accepted') await cancelReservation(ctx, request.reservationId);
    ctx.expect(status, '5.13: step 2 ReserveNow.conf status').to.equal('Occupied');
  },
});

/** OCTT 1.6 §2.20.1, Table 65: Reservation of a Connector - Unavailable. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { changeAvailability, connectorOf, expectStatus } from '../_shared/states.cs.js';
import { cancelReservation, reserveNow } from './steps.cs.js';

export const TC_048_3_CS = defineTestCase({
  id: 'TC_048_3_CS',
  title: 'Reservation of a Connector - Unavailable',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.13', '5.2', '4.9'],
  catches: ['reserve-16-unavailable-accepted'],
  async run(ctx) {
    // Reusable State SetConnectorUnavailable: ChangeAvailability.req Inoperative Accepted, StatusNotification.req Unavailable.
    const unavailable = expectStatus(ctx, 'Unavailable', { connectorId: connectorOf(ctx) });
    ctx.expect(await changeAvailability(ctx, connectorOf(ctx), 'Inoperative'), '5.2: SetConnectorUnavailable ChangeAvailability.conf status').to.equal('Accepted');
    await unavailable;
    // 1. ReserveNow.req for <Configured ConnectorId>. 2. ReserveNow.conf Unavailable.
    const { status, request } = await reserveNow(ctx);
    // A reservation made against the step's expectation is not left behind (ungraded).
    if (status === 'Accepted') await cancelReservation(ctx, request.reservationId);
    ctx.expect(status, '5.13: step 2 ReserveNow.conf status').to.equal('Unavailable');
  },
});

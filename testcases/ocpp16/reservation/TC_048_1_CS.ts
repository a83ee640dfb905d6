/** OCTT 1.6 §2.20.1, Table 63: Reservation of a Connector - Faulted. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { causeFault, connectorOf, expectStatus } from '../_shared/states.cs.js';
import { cancelReservation, reserveNow } from './steps.cs.js';

export const TC_048_1_CS = defineTestCase({
  id: 'TC_048_1_CS',
  title: 'Reservation of a Connector - Faulted',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.9'],
  catches: ['reserve-16-faulted-accepted'],
  async run(ctx) {
    // Reusable State SetConnectorFaulted: [the connector is put into a Faulted state] StatusNotification.req Faulted.
    const faulted = expectStatus(ctx, 'Faulted', { connectorId: connectorOf(ctx) });
    await causeFault(ctx, 'OtherError');
    await faulted;
    // 1. ReserveNow.req for <Configured ConnectorId>. 2. ReserveNow.conf Faulted.
    const { status, request } = await reserveNow(ctx);
    // A reservation made against the step's expectation is not left behind (ungraded).
    if (status === 'Accepted') await cancelReservation(ctx, request.reservationId);
    ctx.expect(status, '5.13: step 2 ReserveNow.conf status').to.equal('Faulted');
  },
});

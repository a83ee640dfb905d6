/** OCTT 1.6 §2.20.1, Table 66: Reservation of a Connector - Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorOf } from '../_shared/states.cs.js';
import { cancelReservation, reserveNow } from './steps.cs.js';

export const TC_048_4_CS = defineTestCase({
  id: 'TC_048_4_CS',
  title: 'Reservation of a Connector - Rejected',
  version: '1.6',
  sut: 'CS',
  // Prerequisite: the Charge Point does NOT support the Reservation feature profile (NOT_APPLICABLE to one that claims it).
  profiles: [{ profile: 'Core', condition: 'not Reservation' }],
  covers: ['5.13'],
  catches: ['reserve-16-unsupported-accepted'],
  async run(ctx) {
    // 1. ReserveNow.req for <Configured ConnectorId>. 2. ReserveNow.conf Rejected.
    const { status, request } = await reserveNow(ctx, { connectorId: connectorOf(ctx) });
    // A reservation made against the step's expectation is not left behind (ungraded).
    if (status === 'Accepted') await cancelReservation(ctx, request.reservationId);
    ctx.expect(status, '5.13: step 2 ReserveNow.conf status').to.equal('Rejected');
  },
});

/** OCTT 1.6 §2.20.2, Table 71: Reservation of a Charge Point - Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { cancelReservation, reserveNow } from './steps.cs.js';

export const TC_050_4_CS = defineTestCase({
  id: 'TC_050_4_CS',
  title: 'Reservation of a Charge Point - Rejected',
  version: '1.6',
  sut: 'CS',
  // Prerequisite: the Charge Point does NOT support the Reservation feature profile (NOT_APPLICABLE to one that claims it).
  profiles: [{ profile: 'Core', condition: 'not Reservation' }],
  covers: ['5.13'],
  catches: ['reserve-16-unsupported-accepted'],
  async run(ctx) {
    // 1. ReserveNow.req for connectorId 0. 2. ReserveNow.conf Rejected.
    const { status, request } = await reserveNow(ctx, { connectorId: 0 });
    if (status === 'Accepted') await cancelReservation(ctx, request.reservationId);
    ctx.expect(status, '5.13: step 2 ReserveNow.conf status (connectorId 0)').to.equal('Rejected');
  },
});

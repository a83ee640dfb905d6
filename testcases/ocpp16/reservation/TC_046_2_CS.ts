/** OCTT 1.6 §2.20.1, Table 61: Reservation of a Connector - Remote start transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { validTag } from '../_shared/states.cs.js';
import { cancelReservation, reserved } from './steps.cs.js';
import { expectReservationId, remoteStartOnReservation } from './steps.reserved.cs.js';

export const TC_046_2_CS = defineTestCase({
  id: 'TC_046_2_CS',
  title: 'Reservation of a Connector - Remote start transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.13', '5.11', '4.8', '4.9'],
  catches: ['start-tx-16-no-reservation-id'],
  async run(ctx) {
    const idTag = validTag(ctx);
    // 1. ReserveNow.req for <Configured ConnectorId> and <Configured Valid IdTag>. 2. Accepted. 3. StatusNotification.req Reserved.
    const reservation = await reserved(ctx, { idTag });
    try {
      // 5. Charging (Authorize.req optional), started by the Central System for the idTag from step 1.
      const started = await remoteStartOnReservation(ctx, idTag);
      // Step 5: the StartTransaction.req's idTag (checked when it came) and reservationId are those of step 1.
      expectReservationId(ctx, started, reservation, 'step 5');
    } finally {
      await cancelReservation(ctx, reservation.reservationId);
    }
  },
});

/** OCTT 1.6 §2.20.1, Table 60: Reservation of a Connector - Local start transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, idTokenFor } from '../../kit.js';
import { presentTag, validTag } from '../_shared/states.cs.js';
import { cancelReservation, reserved, unusedConnectorsUnavailable } from './steps.cs.js';
import { expectReservationId, localStartOnReservation } from './steps.reserved.cs.js';

export const TC_046_1_CS = defineTestCase({
  id: 'TC_046_1_CS',
  title: 'Reservation of a Connector - Local start transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.1', '4.8', '4.9'],
  catches: ['start-tx-16-no-reservation-id'],
  async run(ctx) {
    const idTag = validTag(ctx);
    // Before: SetConnectorUnavailable for all unused connectors.
    await unusedConnectorsUnavailable(ctx);
    // 1. ReserveNow.req for <Configured ConnectorId> and <Configured Valid IdTag>. 2. Accepted. 3. StatusNotification.req Reserved.
    const reservation = await reserved(ctx, { idTag });
    try {
      // [EV driver swipes a card, not the idTag from step 1]: not the reservation's; what the charge point asks about it is answered by default.
      await presentTag(ctx, idTokenFor(ctx, 'valid2').idToken);
      // [EV driver swipes the card with the idTag from step 1] 5. optional Authorize.req, 7. StatusNotification.req Preparing;
      // [EV driver plugs in at the reserved connector] 9. StartTransaction.req, 11. StatusNotification.req Charging.
      const { started, authorized } = await localStartOnReservation(ctx, idTag);
      // Step 5: the Authorize.req (if sent) is for the idTag from step 1.
      for (const sent of authorized) ctx.expect(sent, '4.1: step 5 Authorize.req idTag (the idTag from step 1)').to.equal(idTag);
      // Step 9: idTag and reservationId included and those of step 1 (the idTag is checked by the StartTransaction step).
      expectReservationId(ctx, started, reservation, 'step 9');
    } finally {
      await cancelReservation(ctx, reservation.reservationId);
    }
  },
});

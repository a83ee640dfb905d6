/** OCTT 1.6 §2.20.2, Table 67: Reservation of a Charge Point - Transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { validTag } from '../_shared/states.cs.js';
import { cancelReservation, connectorZeroSupported, reserved, unusedConnectorsUnavailable } from './steps.cs.js';
import { expectReservationId, remoteStartOnReservation } from './steps.reserved.cs.js';

export const TC_049_CS = defineTestCase({
  id: 'TC_049_CS',
  title: 'Reservation of a Charge Point - Transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.8', '4.9'],
  catches: ['start-tx-16-no-reservation-id'],
  async run(ctx) {
    const idTag = validTag(ctx);
    // Prerequisite: ReserveConnectorZeroSupported is true.
    await connectorZeroSupported(ctx);
    // Before: SetConnectorUnavailable for all unused connectors (so the reservation can only hold <Configured ConnectorId>).
    await unusedConnectorsUnavailable(ctx);
    // 1. ReserveNow.req for connectorId 0. 2. ReserveNow.conf Accepted. 3. StatusNotification.req Reserved.
    const reservation = await reserved(ctx, { connectorId: 0, idTag });
    try {
      // [The tool starts a transaction on the reserved connector] 5. Charging (Authorize.req optional).
      const started = await remoteStartOnReservation(ctx, idTag);
      // Step 5: the StartTransaction.req's idTag (checked when it came) and reservationId are those of step 1.
      expectReservationId(ctx, started, reservation, 'step 5');
    } finally {
      await cancelReservation(ctx, reservation.reservationId);
    }
  },
});

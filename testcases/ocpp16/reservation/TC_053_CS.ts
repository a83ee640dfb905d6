/** OCTT 1.6 §2.20.4, Table 74: Use a reserved Connector with parentIdTag. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, idTokenFor } from '../../kit.js';
import { setConfigurationIfImplemented, validTag } from '../_shared/states.cs.js';
import { cancelReservation, reserved, unusedConnectorsUnavailable } from './steps.cs.js';
import { expectReservationId, localStartOnReservation } from './steps.reserved.cs.js';

export const TC_053_CS = defineTestCase({
  id: 'TC_053_CS',
  title: 'Use a reserved Connector with parentIdTag',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.1', '4.8', '4.9'],
  catches: ['reservation-16-parent-ignored', 'start-tx-16-no-reservation-id'],
  async run(ctx) {
    const parentIdTag = idTokenFor(ctx, 'group').idToken;
    // Before: SetConnectorUnavailable for all unused connectors.
    await unusedConnectorsUnavailable(ctx);
    // Reusable State Authorized is an Authorize.req / .conf exchange: a charge point that would authorize
    // <Configured Valid IdTag 2> locally (LocalPreAuthorize, if implemented) asks the Central System instead.
    await setConfigurationIfImplemented(ctx, 'LocalPreAuthorize', 'false');
    // 1. ReserveNow.req, idTag <Configured Valid IdTag 1>, parentIdTag <Configured ParentId>. 2. Accepted. 3. StatusNotification.req Reserved.
    const reservation = await reserved(ctx, { idTag: validTag(ctx), parentIdTag });
    try {
      // 5. Reusable State Authorized with <Configured Valid IdTag 2> (its idTagInfo carries <Configured ParentId>).
      // 6. [EV driver plugs in] 7. StartTransaction.req (answered Accepted), 9. StatusNotification.req Charging (7 and 9 in any order).
      const { started } = await localStartOnReservation(ctx, idTokenFor(ctx, 'valid2').idToken, parentIdTag);
      // Step 5 (the StartTransaction.req): reservationId matches step 1.
      expectReservationId(ctx, started, reservation, 'step 7');
    } finally {
      await cancelReservation(ctx, reservation.reservationId);
    }
  },
});

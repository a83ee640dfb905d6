/** OCTT 1.6 §2.20.1, Table 62: Reservation of a Connector - Expire. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, idTokenFor } from '../../kit.js';
import { connectorOf, expectStatus, messageMs } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';
import { cancelReservation, expiryOffsetMs, reserved, unusedConnectorsUnavailable } from './steps.cs.js';

export const TC_047_CS = defineTestCase({
  id: 'TC_047_CS',
  title: 'Reservation of a Connector - Expire',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.9'],
  catches: ['reservation-16-never-expires'],
  async run(ctx) {
    const connector = connectorOf(ctx);
    // Before: SetConnectorUnavailable for all unused connectors.
    await unusedConnectorsUnavailable(ctx);
    // 1. ReserveNow.req for <Configured ConnectorId>, expiryDate now + <Configured Reservation Expiry Date Offset>.
    // 2. ReserveNow.conf Accepted. 3. StatusNotification.req Reserved for that connector.
    const offset = expiryOffsetMs(ctx);
    const available = expectStatus(ctx, 'Available', { connectorId: connector, timeoutMs: offset + messageMs(ctx) * 2 + ctx.ics.timeouts.maxTimeDeviationMs, requirement: '5.13' });
    available.catch(() => undefined);
    const request = await reserved(ctx, { expiresInMs: offset });
    try {
      // [The EV driver does not arrive before the expiry date.] 5. StatusNotification.req Available for that connector.
      await available;
    } finally {
      await cancelReservation(ctx, request.reservationId);
    }
    // [The tool starts a transaction with another valid idTag, so the reservation has expired.] 7. Charging.
    await energyTransferStarted(ctx, { idTag: idTokenFor(ctx, 'valid2').idToken });
  },
});

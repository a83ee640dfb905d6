import { adviseUnless, defineTestCase } from '../../kit.js';
import { reserved } from '../_shared/states.cs.js';
import { authorized, energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { configuredConnectorReports, reservationCase } from './steps.cs.js';

export const TC_H_01_CS = defineTestCase({
  id: 'TC_H_01_CS',
  title: 'Reserve a specific EVSE - Accepted - Valid idToken',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['H01', 'H03', 'H01.FR.15', 'H03.FR.01', 'H03.FR.09', 'H03.FR.10'],
  catches: ['reservation-not-consumed'],
  async run(ctx) {
    await reservationCase(ctx, async (made) => {
      // 1. Reusable State Reserved for <Configured evseId> (with <Configured valid idToken fields>).
      const reservationId = await reserved(ctx);
      made.push(reservationId);
      // 2. Reusable State Authorized with <Configured valid idToken fields>: the connector goes from Reserved to
      // Available (StatusNotification or NotifyEvent AvailabilityState; H03.FR.09-10: the reservation is used).
      const available = configuredConnectorReports(ctx, 'Available', 'H03.FR.10');
      const event = await authorized(ctx);
      await available;
      made.splice(made.indexOf(reservationId), 1);
      // H01.FR.15 (not a tool validation): the first TransactionEvent after the authorization names the reservation.
      if (event) adviseUnless(ctx, event.reservationId === reservationId, `the TransactionEventRequest after the authorization has reservationId ${String(event.reservationId)}, not ${reservationId}`, 'H01.FR.15');
      // 3. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

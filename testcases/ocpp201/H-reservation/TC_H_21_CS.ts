import { defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { configuredConnectorReports, configuredEvse, memoryReserved, reservationCase, secondToken } from './steps.cs.js';

export const TC_H_21_CS = defineTestCase({
  id: 'TC_H_21_CS',
  title: 'Charging Station cancels reservation when Unavailable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['H01', 'H01.FR.17'],
  catches: ['inoperative-keeps-reservation'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const { evseId } = configuredEvse(ctx);
    await reservationCase(ctx, async (made) => {
      // Memory State: <Configured evseId> is Reserved.
      const reservationId = await memoryReserved(ctx, made);
      let operative = false;
      try {
        // 3 and 5 armed first: the connector reports Unavailable; ReservationStatusUpdateRequest (in either order).
        const unavailable = configuredConnectorReports(ctx, 'Unavailable', 'H01.FR.17');
        const update = later(sut.expectCall('ReservationStatusUpdate', { requirement: 'H01.FR.17' }));
        // 1-2. ChangeAvailabilityRequest Inoperative for <Configured evseId>: Accepted.
        const off = await sut.call('ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: evseId } });
        expect(off.status, 'G03.FR.02: ChangeAvailabilityResponse status').to.equal('Accepted');
        await unavailable;
        // 5-6. ReservationStatusUpdateRequest (answered): the generated reservationId, Removed.
        const call = await update;
        call.respond({});
        expect(call.payload.reservationId, 'H01.FR.17: ReservationStatusUpdateRequest reservationId').to.equal(reservationId);
        expect(call.payload.reservationUpdateStatus, 'H01.FR.17: ReservationStatusUpdateRequest reservationUpdateStatus').to.equal('Removed');
        made.splice(made.indexOf(reservationId), 1);
        // 7-10. ChangeAvailabilityRequest Operative: Accepted; the connector reports Available.
        const available = configuredConnectorReports(ctx, 'Available', 'G03.FR.07');
        const on = await sut.call('ChangeAvailability', { operationalStatus: 'Operative', evse: { id: evseId } });
        operative = true;
        expect(on.status, 'G03.FR.02: ChangeAvailabilityResponse status').to.equal('Accepted');
        await available;
      } finally {
        // Not graded: back to Operative when the case stopped before step 7.
        if (!operative && sut.isConnected()) {
          const back = later(sut.expectCall('StatusNotification', { describe: '(back to Operative)', filter: (p) => p.evseId === evseId && p.connectorStatus !== 'Unavailable' }));
          await sut.callRaw('ChangeAvailability', { operationalStatus: 'Operative', evse: { id: evseId } });
          await back.catch(() => undefined);
        }
      }
      // 11. Reusable State Authorized with <Configured valid idtoken fields2>; 12. EnergyTransferStarted.
      await authorized(ctx, { token: secondToken(ctx) });
      await energyTransferStarted(ctx);
    });
  },
});

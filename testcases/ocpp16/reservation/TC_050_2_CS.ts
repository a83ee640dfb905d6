/** OCTT 1.6 §2.20.2, Table 69: Reservation of a Charge Point - Occupied. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorIds, expectStatus, residue } from '../_shared/states.cs.js';
import { cancelReservation, connectorZeroSupported, reserveNow } from './steps.cs.js';

export const TC_050_2_CS = defineTestCase({
  id: 'TC_050_2_CS',
  title: 'Reservation of a Charge Point - Occupied',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.9'],
  catches: ['reserve-16-occupied-accepted'],
  async run(ctx) {
    // Prerequisite: ReserveConnectorZeroSupported is true.
    await connectorZeroSupported(ctx);
    // Reusable State SetConnectorOccupied for all connectors: [EV driver plugs in cable] StatusNotification.req Preparing, each.
    for (const connectorId of connectorIds(ctx)) {
      const preparing = expectStatus(ctx, 'Preparing', { connectorId });
      residue(ctx).plugged.add(connectorId);
      await ctx.operator.do('plugIn', { connectorId });
      await preparing;
    }
    // 1. ReserveNow.req for connectorId 0. 2. ReserveNow.conf Occupied.
    const { status, request } = await reserveNow(ctx, { connectorId: 0 });
    if (status === 'Accepted') await cancelReservation(ctx, request.reservationId);
    ctx.expect(status, '5.13: step 2 ReserveNow.conf status (connectorId 0)').to.equal('Occupied');
  },
});

/** OCTT 1.6 §2.20.2, Table 68: Reservation of a Charge Point - Faulted. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorIds, expectStatus, residue } from '../_shared/states.cs.js';
import { cancelReservation, connectorZeroSupported, reserveNow } from './steps.cs.js';

export const TC_050_1_CS = defineTestCase({
  id: 'TC_050_1_CS',
  title: 'Reservation of a Charge Point - Faulted',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.9'],
  catches: ['reserve-16-faulted-accepted'],
  async run(ctx) {
    // Prerequisite: ReserveConnectorZeroSupported is true.
    await connectorZeroSupported(ctx);
    // Reusable State SetChargePointFaulted: [the Charge Point is put into a Faulted state] StatusNotification.req Faulted, each connector.
    for (const connectorId of connectorIds(ctx)) {
      const faulted = expectStatus(ctx, 'Faulted', { connectorId });
      residue(ctx).faulted.add(connectorId);
      await ctx.operator.do('causeFault', { connectorId, errorCode: 'OtherError' });
      await faulted;
    }
    // 1. ReserveNow.req for connectorId 0. 2. ReserveNow.conf Faulted.
    const { status, request } = await reserveNow(ctx, { connectorId: 0 });
    if (status === 'Accepted') await cancelReservation(ctx, request.reservationId);
    ctx.expect(status, '5.13: step 2 ReserveNow.conf status (connectorId 0)').to.equal('Faulted');
  },
});

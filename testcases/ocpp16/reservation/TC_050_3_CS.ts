/** OCTT 1.6 §2.20.2, Table 70: Reservation of a Charge Point - Unavailable. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { changeAvailability, connectorIds, expectStatus } from '../_shared/states.cs.js';
import { cancelReservation, connectorZeroSupported, reserveNow } from './steps.cs.js';

export const TC_050_3_CS = defineTestCase({
  id: 'TC_050_3_CS',
  title: 'Reservation of a Charge Point - Unavailable',
  version: '1.6',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['5.13', '5.2', '4.9'],
  catches: ['reserve-16-unavailable-accepted'],
  async run(ctx) {
    // Prerequisite: ReserveConnectorZeroSupported is true.
    await connectorZeroSupported(ctx);
    // Reusable State SetChargePointUnavailable: ChangeAvailability.req connectorId 0 Inoperative: Accepted;
    // StatusNotification.req Unavailable for every connector and connector 0.
    const unavailable = [0, ...connectorIds(ctx)].map((connectorId) => expectStatus(ctx, 'Unavailable', { connectorId }));
    for (const u of unavailable) u.catch(() => undefined);
    ctx.expect(await changeAvailability(ctx, 0, 'Inoperative'), '5.2: SetChargePointUnavailable ChangeAvailability.conf status').to.equal('Accepted');
    await Promise.all(unavailable);
    // 1. ReserveNow.req for connectorId 0. 2. ReserveNow.conf Unavailable.
    const { status, request } = await reserveNow(ctx, { connectorId: 0 });
    if (status === 'Accepted') await cancelReservation(ctx, request.reservationId);
    ctx.expect(status, '5.13: step 2 ReserveNow.conf status (connectorId 0)').to.equal('Unavailable');
  },
});

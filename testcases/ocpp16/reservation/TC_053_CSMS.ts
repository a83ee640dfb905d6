/** OCTT 1.6 §3.17.4, Table 170: Use a reserved Connector with parentIdTag. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, idTokenFor } from '../../kit.js';
import { authorized, connectorId, csmsSends, station, statusNotification, validIdTag } from '../_shared/states.csms.js';
import { reportReserved } from './steps.csms.js';

export const TC_053_CSMS = defineTestCase({
  id: 'TC_053_CSMS',
  title: 'Use a reserved Connector with parentIdTag',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.1', '4.8', '4.10', '3.10'],
  catches: ['reserve-16-drops-parent'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const connector = connectorId(ctx);
    const idTag = validIdTag(ctx);
    // [Manual action: reserve a connector] 1. ReserveNow.req with a reservationId, an idTag and a parentIdTag
    // (the operator is asked for <Configured Valid IdTag> and its parent, <Configured ParentId>). 2. Accepted.
    const hint = { connectorId: connector, idTag, parentIdTag: idTokenFor(ctx, 'group').idToken };
    const reservation = (await csmsSends(ctx, 'ReserveNow', () => ({ status: 'Accepted' as const }), { hint, requirement: '5.13' })).payload;
    expect(reservation.connectorId, '5.13: step 1 ReserveNow.req connectorId (not 0)').to.not.equal(0);
    // 3-4. StatusNotification.req Reserved.
    await reportReserved(ctx, reservation.connectorId);
    // 5. Reusable State Charging, on the reserved connector for the reservation's idTag (StartTransaction.req names the reservation).
    const on = reservation.connectorId;
    await authorized(ctx, reservation.idTag);
    await statusNotification(ctx, on, 'Preparing');
    const s = station(ctx);
    const res = await sut.call('StartTransaction', { connectorId: on, idTag: reservation.idTag, meterStart: s.meterWh, timestamp: sut.now(), reservationId: reservation.reservationId }, { requirement: '4.8' });
    expect(res.transactionId, '4.8: StartTransaction.conf transactionId (issued by the Central System)').to.be.a('number');
    s.tx = { transactionId: Number(res.transactionId), connectorId: on, idTag: reservation.idTag, meterStart: s.meterWh };
    await statusNotification(ctx, on, 'Charging');
    // [EV driver swipes a new idTag with the parentIdTag from step 1] 6. Authorize.req. 7. Authorize.conf Accepted, parentIdTag of step 1.
    // Step 6 (the tool's own): an idTag other than step 1's, of the same parent (<Configured Valid IdTag 2>, or the first when reserved for that).
    const valid2 = idTokenFor(ctx, 'valid2').idToken;
    const newIdTag = reservation.idTag === valid2 ? idTag : valid2;
    const auth = await sut.call('Authorize', { idTag: newIdTag }, { requirement: '4.1' });
    expect(auth.idTagInfo.status, '4.1: step 7 Authorize.conf idTagInfo.status').to.equal('Accepted');
    expect(auth.idTagInfo.parentIdTag, '3.10: step 7 Authorize.conf idTagInfo.parentIdTag (the parentIdTag from step 1)').to.equal(reservation.parentIdTag);
    // 8-9. StopTransaction.req by the new idTag (its parent stops the transaction, 3.10). 10-11. StatusNotification.req Finishing.
    s.tx = undefined;
    s.meterWh += 2_500;
    await sut.call('StopTransaction', { transactionId: Number(res.transactionId), idTag: newIdTag, meterStop: s.meterWh, timestamp: sut.now(), reason: 'Local' }, { requirement: '4.10' });
    await statusNotification(ctx, on, 'Finishing');
  },
});

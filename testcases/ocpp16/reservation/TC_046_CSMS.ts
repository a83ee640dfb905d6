/** OCTT 1.6 §3.17.1, Table 161: Reservation of a Connector - Transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId, station, statusNotification, validIdTag } from '../_shared/states.csms.js';
import { reportReserved, reserveNowSent } from './steps.csms.js';

export const TC_046_CSMS = defineTestCase({
  id: 'TC_046_CSMS',
  title: 'Reservation of a Connector - Transaction',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.9', '4.8'],
  catches: ['reserve-16-any-connector'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const connector = connectorId(ctx);
    const idTag = validIdTag(ctx);
    // 1-2. ReserveNow.req for <Configured ConnectorId> and <Configured Valid IdTag>: Accepted. 3-4. StatusNotification.req Reserved.
    const reservation = await reserveNowSent(ctx, 'Accepted');
    await reportReserved(ctx);
    // 5. The reserving idTag charges on the reserved connector: StartTransaction.req with the reservationId of step 1 (4.8).
    await statusNotification(ctx, connector, 'Preparing');
    const s = station(ctx);
    const res = await sut.call('StartTransaction', { connectorId: connector, idTag, meterStart: s.meterWh, timestamp: sut.now(), reservationId: reservation.reservationId }, { requirement: '4.8' });
    expect(res.transactionId, '4.8: StartTransaction.conf transactionId (issued by the Central System)').to.be.a('number');
    s.tx = { transactionId: Number(res.transactionId), connectorId: connector, idTag, meterStart: s.meterWh };
    await statusNotification(ctx, connector, 'Charging');
  },
});

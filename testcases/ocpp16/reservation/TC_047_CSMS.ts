/** OCTT 1.6 §3.17.1, Table 162: Reservation of a Connector - Expire. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId, statusNotification } from '../_shared/states.csms.js';
import { expiryOffsetMs, reportReserved, reserveNowSent } from './steps.csms.js';

export const TC_047_CSMS = defineTestCase({
  id: 'TC_047_CSMS',
  title: 'Reservation of a Connector - Expire',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.9'],
  catches: ['reserve-16-any-connector', 'reserve-16-expiry-fixed'],
  async run(ctx) {
    const { expect } = ctx;
    // 1-2. ReserveNow.req for <Configured ConnectorId>, <Configured Valid IdTag>, expiryDate now plus <Configured
    // Expiry Date Offset>: Accepted.
    const offset = expiryOffsetMs(ctx);
    const asked = Date.now() + offset;
    const reservation = await reserveNowSent(ctx, 'Accepted', { expiryDate: new Date(asked).toISOString() });
    const expiry = Date.parse(reservation.expiryDate);
    const off = Math.abs(expiry - asked);
    expect(off <= ctx.ics.timeouts.maxTimeDeviationMs + ctx.ics.timeouts.messageMs,
      `5.13: step 1 ReserveNow.req expiryDate ${reservation.expiryDate} is now plus the configured offset (${offset} ms; off by ${Number.isNaN(off) ? 'not a time' : `${off} ms`})`).to.equal(true);
    // 3-4. StatusNotification.req Reserved.
    await reportReserved(ctx);
    // [The EV driver does not arrive before the expiry date.] 5-6. StatusNotification.req Available.
    await ctx.specifiedWait(Math.max(0, expiry - Date.now()), 'the reservation expires (expiryDate of step 1)');
    await statusNotification(ctx, connectorId(ctx), 'Available');
  },
});

/** OCTT 1.6 §3.17.1, Table 166: Reservation of a Connector - Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { reserveNowSent } from './steps.csms.js';

export const TC_048_4_CSMS = defineTestCase({
  id: 'TC_048_4_CSMS',
  title: 'Reservation of a Connector - Rejected',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['5.13'],
  catches: ['reserve-16-any-connector'],
  async run(ctx) {
    // 1. ReserveNow.req for <Configured ConnectorId> and <Configured Valid IdTag>. 2. The Charge Point answers Rejected.
    await reserveNowSent(ctx, 'Rejected');
  },
});

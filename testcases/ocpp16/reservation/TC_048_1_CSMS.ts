/** OCTT 1.6 §3.17.1, Table 163: Reservation of a Connector - Faulted. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { reserveNowSent } from './steps.csms.js';

export const TC_048_1_CSMS = defineTestCase({
  id: 'TC_048_1_CSMS',
  title: 'Reservation of a Connector - Faulted',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['5.13'],
  catches: ['reserve-16-any-connector'],
  async run(ctx) {
    // 1. ReserveNow.req for <Configured ConnectorId> and <Configured Valid IdTag>. 2. The Charge Point answers Faulted.
    await reserveNowSent(ctx, 'Faulted');
  },
});

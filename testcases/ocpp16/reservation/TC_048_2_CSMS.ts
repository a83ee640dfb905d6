/** OCTT 1.6 §3.17.1, Table 164: Reservation of a Connector - Occupied. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId, statusNotification } from '../_shared/states.csms.js';
import { reserveNowSent } from './steps.csms.js';

export const TC_048_2_CSMS = defineTestCase({
  id: 'TC_048_2_CSMS',
  title: 'Reservation of a Connector - Occupied',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['5.13', '4.9'],
  catches: ['reserve-16-any-connector'],
  async run(ctx) {
    // [EV driver plugs in cable] 1-2. StatusNotification.req Preparing for <Configured ConnectorId>.
    const connector = connectorId(ctx);
    await statusNotification(ctx, connector, 'Preparing');
    // 3. ReserveNow.req for the connector of step 1 and <Configured Valid IdTag>. 4. The Charge Point answers Occupied.
    await reserveNowSent(ctx, 'Occupied', { connectorId: connector, step: 'step 3' });
  },
});

/** OCTT 1.6 §3.17.1, Table 165: Reservation of a Connector - Unavailable. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId, csmsSends, statusNotification } from '../_shared/states.csms.js';
import { reserveNowSent } from './steps.csms.js';

export const TC_048_3_CSMS = defineTestCase({
  id: 'TC_048_3_CSMS',
  title: 'Reservation of a Connector - Unavailable',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['5.13', '5.2', '4.9'],
  catches: ['reserve-16-any-connector'],
  async run(ctx) {
    const { expect } = ctx;
    const connector = connectorId(ctx);
    // 1-2. ChangeAvailability.req for <Configured ConnectorId>, type Inoperative: Accepted.
    const change = await csmsSends(ctx, 'ChangeAvailability', () => ({ status: 'Accepted' as const }), { hint: { connectorId: connector, type: 'Inoperative' }, requirement: '5.2' });
    expect(change.payload.connectorId, '5.2: step 1 ChangeAvailability.req connectorId').to.equal(connector);
    expect(change.payload.type, '5.2: step 1 ChangeAvailability.req type').to.equal('Inoperative');
    // 3-4. StatusNotification.req Unavailable for that connector.
    await statusNotification(ctx, connector, 'Unavailable');
    // 5. ReserveNow.req for the connector of step 1 and <Configured Valid IdTag>. 6. The Charge Point answers Unavailable.
    await reserveNowSent(ctx, 'Unavailable', { connectorId: connector, step: 'step 5' });
  },
});

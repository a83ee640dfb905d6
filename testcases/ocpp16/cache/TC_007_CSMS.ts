/** OCTT 1.6 §3.3.1, Table 122: Regular Start Charging Session – Cached Id. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId, idTagStatus, startTransaction, statusNotification } from '../_shared/states.csms.js';

export const TC_007_CSMS = defineTestCase({
  id: 'TC_007_CSMS',
  title: 'Regular Start Charging Session – Cached Id',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['3.5.1', '4.8'],
  catches: ['tx-start-rejected'],
  async run(ctx) {
    const { expect } = ctx;
    // [EV driver plugs in the cable.] 1-2. StatusNotification.req Preparing.
    await statusNotification(ctx, connectorId(ctx), 'Preparing');
    // [EV driver presents identification, found in the Authorization Cache: no Authorize.req.]
    // 3-4. StartTransaction.req; the Central System verifies the idTag itself: Accepted (4.8).
    expect(idTagStatus(await startTransaction(ctx)), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Accepted');
    // 5-6. StatusNotification.req Charging.
    await statusNotification(ctx, connectorId(ctx), 'Charging');
  },
});

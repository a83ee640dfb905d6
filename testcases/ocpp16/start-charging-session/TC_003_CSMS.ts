/** OCTT 1.6 §3.2.1, Table 118: Regular Charging Session - Plugin First. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { authorize, connectorId, idTagStatus, startTransaction, statusNotification, validIdTag } from '../_shared/states.csms.js';

export const TC_003_CSMS = defineTestCase({
  id: 'TC_003_CSMS',
  title: 'Regular Charging Session - Plugin First',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.1', '4.8', '4.9'],
  catches: ['tx-start-rejected'],
  async run(ctx) {
    const { expect } = ctx;
    // [EV driver plugs in the cable.] 1-2. StatusNotification.req Preparing.
    await statusNotification(ctx, connectorId(ctx), 'Preparing');
    // [EV driver presents identification.] 3-4. Authorize.req; idTagInfo.status is Accepted.
    expect(await authorize(ctx, validIdTag(ctx)), '4.1: Authorize.conf idTagInfo.status').to.equal('Accepted');
    // 5-6. StartTransaction.req; idTagInfo.status is Accepted.
    expect(idTagStatus(await startTransaction(ctx)), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Accepted');
    // 7-8. StatusNotification.req Charging.
    await statusNotification(ctx, connectorId(ctx), 'Charging');
  },
});

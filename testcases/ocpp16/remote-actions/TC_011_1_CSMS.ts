/** OCTT 1.6 §3.4.2, Table 125: Remote Start Charging Session – Remote Start First. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId, statusNotification } from '../_shared/states.csms.js';
import { authorizeRemote, remoteStart, startRemote } from './steps.csms.js';

export const TC_011_1_CSMS = defineTestCase({
  id: 'TC_011_1_CSMS',
  title: 'Remote Start Charging Session – Remote Start First',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.11', '4.1', '4.8'],
  catches: ['request-start-wrong-token', 'tx-start-rejected'],
  async run(ctx) {
    // 1-2. The Central System sends RemoteStartTransaction.req; the Charge Point accepts.
    const idTag = await remoteStart(ctx);
    // 3-4. Authorize.req; idTagInfo.status is Accepted.
    await authorizeRemote(ctx, idTag);
    // 5-6. StatusNotification.req Preparing.
    await statusNotification(ctx, connectorId(ctx), 'Preparing');
    // [EV driver plugs in the cable.] 7-8. StartTransaction.req; idTagInfo.status is Accepted.
    await startRemote(ctx, idTag);
    // 9-10. StatusNotification.req Charging.
    await statusNotification(ctx, connectorId(ctx), 'Charging');
  },
});

/** OCTT 1.6 §3.4.1, Table 124: Remote Start Charging Session – Cable Plugged in First. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId, statusNotification } from '../_shared/states.csms.js';
import { authorizeRemote, remoteStart, startRemote } from './steps.csms.js';

export const TC_010_CSMS = defineTestCase({
  id: 'TC_010_CSMS',
  title: 'Remote Start Charging Session – Cable Plugged in First',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.11', '4.1', '4.8'],
  catches: ['request-start-wrong-token', 'tx-start-rejected'],
  async run(ctx) {
    // [EV driver plugs in the cable.] 1-2. StatusNotification.req Preparing.
    await statusNotification(ctx, connectorId(ctx), 'Preparing');
    // 3-4. The Central System sends RemoteStartTransaction.req; the Charge Point accepts.
    const idTag = await remoteStart(ctx);
    // 5-6. Authorize.req; idTagInfo.status is Accepted.
    await authorizeRemote(ctx, idTag);
    // 7-8. StartTransaction.req; idTagInfo.status is Accepted.
    await startRemote(ctx, idTag);
    // 9-10. StatusNotification.req Charging.
    await statusNotification(ctx, connectorId(ctx), 'Charging');
  },
});

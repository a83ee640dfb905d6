/** OCTT 1.6 §3.4.3, Table 126: Remote Start Charging Session – Time Out. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { configuredMs, connectorId, statusNotification } from '../_shared/states.csms.js';
import { authorizeRemote, remoteStart } from './steps.csms.js';

export const TC_011_2_CSMS = defineTestCase({
  id: 'TC_011_2_CSMS',
  title: 'Remote Start Charging Session – Time Out',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.11', '4.1', '4.9'],
  catches: ['request-start-wrong-token', 'status-timeout-unhandled'],
  async run(ctx) {
    // 1-2. The Central System sends RemoteStartTransaction.req; the Charge Point accepts.
    const idTag = await remoteStart(ctx);
    // 3-4. Authorize.req; idTagInfo.status is Accepted.
    await authorizeRemote(ctx, idTag);
    // 5-6. StatusNotification.req Preparing.
    await statusNotification(ctx, connectorId(ctx), 'Preparing');
    // [After the configured connection timeout has been reached: no cable was plugged in.]
    await ctx.specifiedWait(configuredMs(ctx, 'evConnectionTimeoutMs'), 'the ConnectionTimeOut of the simulated Charge Point');
    // 7-8. StatusNotification.req Available: the Central System answers it.
    await statusNotification(ctx, connectorId(ctx), 'Available');
  },
});

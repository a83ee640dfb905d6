/** OCTT 1.6 §3.2.3, Table 120: Regular Charging Session – Identification First - ConnectionTimeOut. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { authorized, configuredMs, connectorId, statusNotification } from '../_shared/states.csms.js';

export const TC_004_2_CSMS = defineTestCase({
  id: 'TC_004_2_CSMS',
  title: 'Regular Charging Session – Identification First - ConnectionTimeOut',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.9'],
  catches: ['status-timeout-unhandled'],
  async run(ctx) {
    // Before: Reusable State Authorized.
    await authorized(ctx);
    // 1-2. StatusNotification.req Preparing: the connector waits for the cable.
    await statusNotification(ctx, connectorId(ctx), 'Preparing');
    // [After the configured ConnectionTimeOut has expired] (the simulated Charge Point's own setting).
    await ctx.specifiedWait(configuredMs(ctx, 'evConnectionTimeoutMs'), 'the ConnectionTimeOut of the simulated Charge Point');
    // 3-4. StatusNotification.req Available (transition B1): the Central System answers it.
    await statusNotification(ctx, connectorId(ctx), 'Available');
  },
});

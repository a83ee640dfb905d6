/** OCTT 1.6 §3.8.4, Table 139: Start Charging Session Lock Failure. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { authorized, connectorId, statusNotification } from '../_shared/states.csms.js';

export const TC_024_CSMS = defineTestCase({
  id: 'TC_024_CSMS',
  title: 'Start Charging Session Lock Failure',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.9'],
  catches: ['status-faulted-unhandled'],
  async run(ctx) {
    // Before: Reusable State Authorized.
    await authorized(ctx);
    // 1-2. StatusNotification.req Preparing.
    await statusNotification(ctx, connectorId(ctx), 'Preparing');
    // [EV driver plugs in the cable; the connector cannot be locked.] 3-4. StatusNotification.req Faulted, errorCode ConnectorLockFailure.
    await statusNotification(ctx, connectorId(ctx), 'Faulted', 'ConnectorLockFailure');
  },
});

/**
 * OCPP 1.6J Core, charging sessions started at the Charge Point, Central System under test: the
 * harness plays the Charge Point. Steps follow the 1.6 test-case document (3.2 Start Charging
 * Session, 3.3 Cache); the Central System's part is to answer every message and to verify the idTag.
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import {
  authorize, authorized, charging, configuredMs, connectorId, idTagStatus, startTransaction, statusNotification, stopTransaction, validIdTag,
} from './states.csms.js';

export const TC_003_CSMS = defineTestCase({
  id: 'TC_003_CSMS',
  title: 'Regular Charging Session - Plugin First',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'transactions',
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

export const TC_004_1_CSMS = defineTestCase({
  id: 'TC_004_1_CSMS',
  title: 'Regular Charging Session - Identification First',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'transactions',
  covers: ['4.1', '4.8', '4.9'],
  catches: ['tx-start-rejected'],
  async run(ctx) {
    // 1. Execute Reusable State Charging (Before: Authorized): Authorize, Preparing, StartTransaction Accepted, Charging.
    await charging(ctx);
  },
});

export const TC_004_2_CSMS = defineTestCase({
  id: 'TC_004_2_CSMS',
  title: 'Regular Charging Session - Identification First - ConnectionTimeOut',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'transactions',
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

export const TC_005_1_CSMS = defineTestCase({
  id: 'TC_005_1_CSMS',
  title: 'EV Side Disconnected - StopTransactionOnEVSideDisconnect',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'transactions',
  covers: ['4.9', '4.10'],
  catches: ['status-suspended-ev-unhandled', 'tx-stop-only-local'],
  async run(ctx) {
    // Before: Reusable State Charging.
    await charging(ctx);
    // [EV driver disconnects the cable on EV side.] 1-2. StatusNotification.req SuspendedEV.
    await statusNotification(ctx, connectorId(ctx), 'SuspendedEV');
    // 3-4. StopTransaction.req with reason EVDisconnected (StopTransactionOnEVSideDisconnect = true).
    await stopTransaction(ctx, 'EVDisconnected');
    // 5-6. StatusNotification.req Finishing.
    await statusNotification(ctx, connectorId(ctx), 'Finishing');
    // [EV driver unplugs the cable from the Charge Point.] 7-8. StatusNotification.req Available.
    await statusNotification(ctx, connectorId(ctx), 'Available');
  },
});

export const TC_007_CSMS = defineTestCase({
  id: 'TC_007_CSMS',
  title: 'Regular Start Charging Session - Cached Id',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'transactions',
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
